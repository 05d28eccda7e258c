using Conflict.Extraction.Catalog;
using Conflict.Claims.Measures;

namespace Conflict.Claims.Claims;

/// <summary>Converts a unit as written to a measure's canonical unit.</summary>
internal static class UnitConversion
{
    /// <summary>
    /// The factor from <paramref name="unit"/> to the measure's unit, or null when it cannot convert. An empty unit
    /// is the canonical one; aliases match without regard to case or surrounding spaces.
    /// </summary>
    public static double? Factor(MeasureDefinition measure, string unit)
    {
        var written = unit.Trim();
        if (written.Length == 0 || string.Equals(written, measure.Unit, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }
        foreach (var (alias, factor) in measure.UnitAliases)
        {
            if (string.Equals(alias.Trim(), written, StringComparison.OrdinalIgnoreCase))
            {
                return factor;
            }
        }
        return null;
    }
}
