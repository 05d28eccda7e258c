namespace Conflict.Reconciliation.Engine;

/// <summary>Kind and polarity of the catalog's built-in measures; the service's catalog may override them.</summary>
public static class MeasureDefaults
{
    private static readonly Dictionary<string, (MeasureKind Kind, int Polarity)> Known = new(StringComparer.Ordinal)
    {
        ["area_controlled"] = (MeasureKind.Level, 1),
        ["area_controlled_peak"] = (MeasureKind.Level, 1),
        ["localities_controlled"] = (MeasureKind.Level, 1),
        ["area_gained"] = (MeasureKind.Flow, 1),
        ["localities_gained"] = (MeasureKind.Flow, 1),
        ["area_retaken_share"] = (MeasureKind.Level, 1),
        ["advance_depth"] = (MeasureKind.Level, 1),
        ["front_width"] = (MeasureKind.Level, 1),
        ["incursion_depth"] = (MeasureKind.Level, 1),
        ["prisoners_taken"] = (MeasureKind.Cumulative, 1),
        ["military_losses"] = (MeasureKind.Cumulative, -1),
        ["military_killed"] = (MeasureKind.Cumulative, -1),
        ["civilians_killed"] = (MeasureKind.Cumulative, 0),
        ["civilians_injured"] = (MeasureKind.Cumulative, 0),
        ["aid_workers_killed"] = (MeasureKind.Cumulative, 0),
        ["people_displaced"] = (MeasureKind.Level, 0),
        ["troops_deployed"] = (MeasureKind.Level, 0),
        ["territory_share_occupied"] = (MeasureKind.Level, 1),
        ["control"] = (MeasureKind.Categorical, 0),
    };

    /// <summary>The measure's kind; unknown measures are levels.</summary>
    public static MeasureKind Kind(string measure) =>
        Known.TryGetValue(measure, out var k) ? k.Kind : MeasureKind.Level;

    /// <summary>The measure's polarity for its party; unknown measures are neutral.</summary>
    public static int Polarity(string measure) =>
        Known.TryGetValue(measure, out var k) ? k.Polarity : 0;
}
