namespace Conflict.Extraction.Scope;

/// <summary>
/// A side acting in a sentence, tokens [Start, End): "Ukrainian forces", "Kiev's troops", "Russia" as a subject.
/// <c>Possessive</c>: "his troops", "nos forces", whose side is the speaker's.
/// </summary>
internal readonly record struct ActorMention(int Start, int End, string Party, bool Possessive);
