using Conflict.Extraction.Lexicon;

namespace Conflict.Extraction.Attribution;

/// <summary>
/// An attribution in a sentence: the reporting phrase at token <c>Position</c>, its resolved speaker and the
/// relaying source if one is named ("told AFP", "relayed by ISW"). <c>QuoteOnly</c>: the frame follows a quotation
/// ("“…,” he said") and attributes that quotation, not the rest of the sentence.
/// </summary>
internal sealed record Frame(int Position, FrameKind Kind, Speaker Speaker, bool QuoteOnly, string Reporter);
