namespace Conflict.Cli.Cli;

/// <summary>Builds command descriptions that end with examples, shown by <c>--help</c>.</summary>
internal static class HelpText
{
    public const string ExamplesHeading = "Examples:";

    public static string With(string summary, params string[] examples) =>
        examples.Length == 0
            ? summary
            : summary + Environment.NewLine + Environment.NewLine + ExamplesHeading + Environment.NewLine
              + string.Join(Environment.NewLine, examples.Select(e => "  " + e));
}
