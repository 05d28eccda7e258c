using Conflict.Cli.Cli;
using Conflict.Sources.V1;

namespace Conflict.Cli.Commands.Sources;

/// <summary>Source kinds and grades as written on the command line: <c>news-agency</c>, <c>B</c>.</summary>
internal static class SourceKinds
{
    public static string[] Choices { get; } = Enum.GetValues<SourceKind>().Where(k => k != SourceKind.Unspecified).Select(Name).ToArray();

    public static string Name(SourceKind kind) => kind switch
    {
        SourceKind.Unspecified => "",
        _ => string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())),
    };

    public static SourceKind Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SourceKind.Unspecified;
        }
        var wanted = text.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        return Enum.GetValues<SourceKind>().FirstOrDefault(k => k != SourceKind.Unspecified && Name(k) == wanted) is var kind && kind != SourceKind.Unspecified
            ? kind
            : throw CliException.Usage($"--kind: unknown kind '{text}' (use {string.Join(", ", Choices)}).");
    }

    public static ReliabilityGrade ParseGrade(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" => ReliabilityGrade.Unspecified,
        "A" => ReliabilityGrade.A,
        "B" => ReliabilityGrade.B,
        "C" => ReliabilityGrade.C,
        "D" => ReliabilityGrade.D,
        "E" => ReliabilityGrade.E,
        "F" => ReliabilityGrade.F,
        _ => throw CliException.Usage($"--grade: '{text}' is not a grade from A to F."),
    };
}
