namespace Conflict.Claims.Measures;

/// <summary>The catalog shipped with the service: <c>Measures/measures.json</c>, embedded in the assembly.</summary>
internal static class ShippedMeasures
{
    public static IReadOnlyList<MeasureDefinition> Load() => MeasureCatalogFile.Default;
}
