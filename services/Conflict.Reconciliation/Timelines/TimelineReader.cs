using Conflict.Reconciliation.Engine;
using V1 = Conflict.Reconciliation.V1;

namespace Conflict.Reconciliation.Timelines;

/// <summary>
/// Answers timeline questions: the stored timeline for the default method, or one computed on demand for a
/// baseline method or a daily grid; cut to a date range.
/// </summary>
internal sealed class TimelineReader(TimelineStore store, TimelineComputer computer)
{
    /// <summary>The timeline, or null when the variable has no active claims.</summary>
    public async Task<V1.Timeline?> GetAsync(string variable, V1.Method method, bool dailyGrid, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        V1.Timeline? timeline;
        if (IsDefault(method) && !dailyGrid)
        {
            var row = await store.GetAsync(variable, withPayload: true, ct);
            timeline = row?.Timeline is null ? null : V1.Timeline.Parser.ParseFrom(row.Timeline);
            if (timeline is not null)
            {
                // The payload is serialized before the store assigns its revision.
                timeline.Revision = row!.Revision;
            }
        }
        else
        {
            var options = ReconcileOptions.Default with { Method = ToEngine(method), DailyGrid = dailyGrid };
            timeline = (await computer.ComputeAsync(variable, options, IsDefault(method) ? V1.Method.StateSpace : method, ct))?.Timeline;
        }
        return timeline is null ? null : Cut(timeline, from, to);
    }

    public static bool IsDefault(V1.Method method) => method is V1.Method.Unspecified or V1.Method.StateSpace;

    public static Method ToEngine(V1.Method method) => method switch
    {
        V1.Method.Mean => Method.Mean,
        V1.Method.Median => Method.Median,
        V1.Method.MajorityVote => Method.MajorityVote,
        V1.Method.Crh => Method.Crh,
        V1.Method.TruthFinder => Method.TruthFinder,
        V1.Method.DawidSkene => Method.DawidSkene,
        _ => Method.StateSpace,
    };

    /// <summary>Keeps the points and the evidence whose as-of period meets [from, to].</summary>
    public static V1.Timeline Cut(V1.Timeline timeline, DateOnly? from, DateOnly? to)
    {
        if (from is null && to is null)
        {
            return timeline;
        }
        var lo = from?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var hi = to?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "9999-12-31";
        var cut = timeline.Clone();
        cut.Points.Clear();
        cut.Points.AddRange(timeline.Points.Where(p => string.CompareOrdinal(p.Date, lo) >= 0 && string.CompareOrdinal(p.Date, hi) <= 0));
        cut.Evidence.Clear();
        cut.Evidence.AddRange(timeline.Evidence.Where(e => string.CompareOrdinal(e.AsOf.EndDate, lo) >= 0 && string.CompareOrdinal(e.AsOf.StartDate, hi) <= 0));
        return cut;
    }
}
