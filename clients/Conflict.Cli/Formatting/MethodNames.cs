using Conflict.Reconciliation.V1;

namespace Conflict.Cli.Formatting;

/// <summary>Reconciliation methods as written on the command line: state-space, mean, median, majority-vote, crh, truth-finder, dawid-skene.</summary>
internal static class MethodNames
{
    private static readonly (Method Value, string Name)[] All =
    [
        (Method.StateSpace, "state-space"),
        (Method.Mean, "mean"),
        (Method.Median, "median"),
        (Method.MajorityVote, "majority-vote"),
        (Method.Crh, "crh"),
        (Method.TruthFinder, "truth-finder"),
        (Method.DawidSkene, "dawid-skene"),
    ];

    public static string[] Choices => All.Select(m => m.Name).ToArray();

    /// <summary>The help text of every <c>--method</c> option.</summary>
    public static string Description => $"state-space (default), {string.Join(", ", Choices[1..^1])} or {Choices[^1]}.";

    public static string Name(Method method) =>
        method == Method.Unspecified ? "default" : All.FirstOrDefault(m => m.Value == method).Name ?? method.ToString();

    /// <summary>Maps a command-line name to the method; null or empty means the default.</summary>
    public static Method Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Method.Unspecified;
        }
        var normalized = name.Trim().ToLowerInvariant().Replace('_', '-');
        foreach (var (value, known) in All)
        {
            if (known == normalized)
            {
                return value;
            }
        }
        throw Cli.CliException.Usage($"--method: unknown method '{name}' (use {string.Join(", ", Choices)}).");
    }
}
