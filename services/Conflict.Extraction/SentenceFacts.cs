using Conflict.Extraction.Attribution;
using Conflict.Extraction.Dates;
using Conflict.Extraction.Scope;

namespace Conflict.Extraction;

/// <summary>What the first pass learnt about a sentence: its attributions, places, dates and whether it holds numbers.</summary>
internal sealed class SentenceFacts
{
    public List<Frame> Frames { get; init; } = [];
    public List<PlaceMention> Places { get; init; } = [];
    public List<DateMention> Dates { get; set; } = [];
    public bool HasNumbers { get; init; }

    /// <summary>The frame that attributes the whole sentence, not only a quotation in it.</summary>
    public Frame? SentenceFrame => Frames.Find(f => !f.QuoteOnly);
}
