namespace Conflict.Claims.Measures;

/// <summary>The catalog shipped with the service: <c>Measures/measures.json</c>, embedded in the assembly.</summary>
internal static class ShippedMeasures
{
    /// <summary>The creator recorded for the measures the service seeds from the shipped catalog: no caller made them.</summary>
    public const string Principal = "system";

    public static IReadOnlyList<MeasureDefinition> Load() => MeasureCatalogFile.Default;
}
