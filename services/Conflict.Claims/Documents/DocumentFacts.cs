namespace Conflict.Claims.Documents;

/// <summary>What claim validation needs to know about a document, without its text.</summary>
internal sealed record DocumentFacts
{
    public required string Id { get; init; }
    public long PublishMs { get; init; }
    public int TextLength { get; init; }
    public string Language { get; init; } = "";
    public string Publisher { get; init; } = "";
}
