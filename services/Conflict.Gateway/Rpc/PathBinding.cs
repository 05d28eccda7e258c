using System.Text.RegularExpressions;

namespace Conflict.Gateway.Rpc;

/// <summary>
/// Binds route parameters to a request field, as google.api.http's <c>{name=sources/*}</c> does:
/// <c>name=sources/{source}</c> sets <c>name</c> to <c>sources/</c> followed by the <c>source</c> route value.
/// </summary>
internal sealed partial record PathBinding(string FieldPath, string Format)
{
    /// <summary>Parses <c>field.path=format</c>.</summary>
    public static PathBinding Parse(string spec)
    {
        var equals = spec.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"Path binding '{spec}' must read field=format.", nameof(spec));
        }
        return new PathBinding(spec[..equals], spec[(equals + 1)..]);
    }

    /// <summary>The route parameters the format uses.</summary>
    public IEnumerable<string> Parameters => ParameterPattern().Matches(Format).Select(m => m.Groups[1].Value);

    /// <summary>The top-level request field this binding sets.</summary>
    public string TopField => FieldPath.Split('.')[0];

    /// <summary>Fills the format with route values; null when one is missing or empty.</summary>
    public string? Render(Func<string, string?> routeValue)
    {
        var missing = false;
        var value = ParameterPattern().Replace(Format, m =>
        {
            var part = routeValue(m.Groups[1].Value);
            missing |= string.IsNullOrEmpty(part);
            return part ?? "";
        });
        return missing ? null : value;
    }

    [GeneratedRegex(@"\{\**(\w+)\}")]
    private static partial Regex ParameterPattern();
}
