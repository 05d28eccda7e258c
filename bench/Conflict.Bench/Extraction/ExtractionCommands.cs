namespace Conflict.Bench.Extraction;

/// <summary>Dispatches the extraction subcommands of the bench tool (<c>extract</c>, <c>extract-jsonl</c>).</summary>
internal static class ExtractionCommands
{
    public static int? TryRun(string[] args) => args.Length == 0 ? null : args[0] switch
    {
        "extract" => ExtractBenchmark.Run(args),
        "extract-jsonl" => ExtractJsonlCommand.Run(args),
        _ => null,
    };
}
