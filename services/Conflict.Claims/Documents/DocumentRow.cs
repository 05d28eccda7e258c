namespace Conflict.Claims.Documents;

/// <summary>A row of <c>documents</c>.</summary>
internal sealed record DocumentRow
{
    public required string Id { get; init; }
    public required string Sha256 { get; init; }
    public string Url { get; init; } = "";
    public string Publisher { get; init; } = "";
    public long PublishMs { get; init; }
    public required string Language { get; init; }
    public string Title { get; init; } = "";
    public string Text { get; init; } = "";

    /// <summary>Length of the text in UTF-16 code units, the unit of quote offsets.</summary>
    public int TextLength { get; init; }
    public long CreateMs { get; init; }

    /// <summary>The principal that stored the document; '' for documents stored before principals were recorded.</summary>
    public string Creator { get; init; } = "";

    /// <summary>The principal of the last change: documents are never changed, so the creator.</summary>
    public string Updater { get; init; } = "";
}
