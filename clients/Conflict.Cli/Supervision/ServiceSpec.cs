namespace Conflict.Cli.Supervision;

/// <summary>How to start one service process and where it listens.</summary>
internal sealed record ServiceSpec(
    string Name,
    string FileName,
    IReadOnlyList<string> Arguments,
    int Port,
    string Url,
    string? WorkingDirectory = null,
    IReadOnlyDictionary<string, string>? Environment = null);
