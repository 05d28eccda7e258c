namespace Conflict.Extraction.Attribution;

/// <summary>A resolved claimant: the name as written (a person's fullest known name), the side it belongs to if known.</summary>
internal sealed record Speaker(string Name, string Party, SpeakerKind Kind);
