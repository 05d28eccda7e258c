namespace Conflict.Extraction.Attribution;

/// <summary>Who a figure is attributed to, who relayed it, and the sentence the attribution came from (for its date).</summary>
internal readonly record struct Attributed(Speaker Speaker, string Reporter, int SourceSentence);
