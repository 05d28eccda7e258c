using Conflict.Extraction.Catalog;

namespace Conflict.Claims.Measures;

/// <summary>The catalog shipped with the service: the extraction library's <c>Catalog/measures.json</c>, embedded in it.</summary>
internal static class ShippedMeasures
{
    /// <summary>The creator recorded for the measures the service seeds from the shipped catalog: no caller made them.</summary>
    public const string Principal = "system";

    public static IReadOnlyList<MeasureDefinition> Load() => MeasureCatalogFile.Default;
}
