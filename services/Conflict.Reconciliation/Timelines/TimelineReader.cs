using Conflict.Reconciliation.Engine;
using V1 = Conflict.Reconciliation.V1;

namespace Conflict.Reconciliation.Timelines;

/// <summary>
/// Answers timeline questions: the stored timeline for the default method, or one computed on demand for a
/// baseline method or a daily grid; cut to a date range.
/// </summary>
internal sealed class TimelineReader(TimelineStore store, TimelineComputer computer, Replicas.WorkStore work)
{
    /// <summary>The timeline, or null when the variable has no active claims. A range ending past the last evidence
    /// is computed on demand so that it extends to its end, with intervals widening as the evidence ages;
    /// <paramref name="extendTo"/> extends a computed timeline without cutting it.</summary>
    public async Task<V1.Timeline?> GetAsync(string variable, V1.Method method, bool dailyGrid, DateOnly? from, DateOnly? to, CancellationToken ct,
        DateOnly? extendTo = null)
    {
        long revision = 0;
        if (IsDefault(method))
        {
            var row = await store.GetAsync(variable, withPayload: !dailyGrid, ct);
            if (row is null || (!dailyGrid && row.Timeline is null))
            {
                // Not computed yet (or no active claims): the worker has not caught up with the feed.
                return null;
            }
            revision = row.Revision;
            var stored = dailyGrid ? null : V1.Timeline.Parser.ParseFrom(row.Timeline);
            if (stored is not null && (to is null || stored.Points.Count == 0 || string.CompareOrdinal(stored.Points[^1].Date, Day(to.Value)) >= 0))
            {
                // The payload is serialized before the store assigns its revision.
                stored.Revision = revision;
                return await SettleAsync(Cut(stored, from, to), ct);
            }
        }
        var through = to is { } end && (extendTo is null || end > extendTo) ? end : extendTo;
        var options = ReconcileOptions.Default with { Method = ToEngine(method), DailyGrid = dailyGrid, Through = through };
        var timeline = (await computer.ComputeAsync(variable, options, IsDefault(method) ? V1.Method.StateSpace : method, ct))?.Timeline;
        if (timeline is null)
        {
            return null;
        }
        timeline.Revision = revision;
        return await SettleAsync(Cut(timeline, from, to), ct);
    }

    /// <summary>Marks whether the figures may still be revised (the timeline is parsed or computed per request).</summary>
    private async Task<V1.Timeline> SettleAsync(V1.Timeline timeline, CancellationToken ct)
    {
        timeline.Settled = await work.IsSettledAsync(ct);
        return timeline;
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
        var lo = from is { } f ? Day(f) : "";
        var hi = to is { } t ? Day(t) : "9999-12-31";
        var cut = timeline.Clone();
        cut.Points.Clear();
        cut.Points.AddRange(timeline.Points.Where(p => string.CompareOrdinal(p.Date, lo) >= 0 && string.CompareOrdinal(p.Date, hi) <= 0));
        cut.Evidence.Clear();
        cut.Evidence.AddRange(timeline.Evidence.Where(e => string.CompareOrdinal(e.AsOf.EndDate, lo) >= 0 && string.CompareOrdinal(e.AsOf.StartDate, hi) <= 0));
        return cut;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
