using Conflict.Reconciliation.V1;

namespace Conflict.Cli.Formatting;

/// <summary>Fused values as TSV: object, value, low, high (low and high empty for categorical values).</summary>
internal static class FuseOutput
{
    public const string Header = "object\tvalue\tlow\thigh";

    public static void Write(TextWriter output, FuseClaimsResponse response)
    {
        output.WriteLine(Header);
        foreach (var value in response.Values)
        {
            output.WriteLine(string.Join('\t',
                Clean(value.Object),
                Clean(value.Value),
                value.HasLow ? Numbers.Plain(value.Low) : "",
                value.HasHigh ? Numbers.Plain(value.High) : ""));
        }
    }

    /// <summary>Tabs and line breaks inside a value would break the row.</summary>
    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
