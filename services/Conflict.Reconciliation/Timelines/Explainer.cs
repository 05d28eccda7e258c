using System.Globalization;
using V1 = Conflict.Reconciliation.V1;

namespace Conflict.Reconciliation.Timelines;

/// <summary>
/// Explains one day's estimate from a timeline on a daily grid: the claims about that day (or, when none, about
/// the nearest days with evidence on either side), heaviest first, and a plain-language account.
/// </summary>
internal static class Explainer
{
    public static V1.ExplainEstimateResponse Explain(V1.Timeline timeline, string date)
    {
        var point = timeline.Points.FirstOrDefault(p => p.Date == date)
            ?? throw new ArgumentOutOfRangeException(nameof(date), date, "The timeline has no point on that day.");
        var about = timeline.Evidence.Where(e => Covers(e, date)).ToList();
        if (about.Count == 0)
        {
            var before = timeline.Evidence.Where(e => string.CompareOrdinal(e.AsOf.EndDate, date) < 0).MaxBy(e => e.AsOf.EndDate)?.AsOf.EndDate;
            var after = timeline.Evidence.Where(e => string.CompareOrdinal(e.AsOf.StartDate, date) > 0).MinBy(e => e.AsOf.StartDate)?.AsOf.StartDate;
            about = timeline.Evidence.Where(e => e.AsOf.EndDate == before || e.AsOf.StartDate == after).ToList();
        }
        var response = new V1.ExplainEstimateResponse { Point = point, Summary = Summarize(timeline, point, about) };
        response.Evidence.AddRange(about.OrderByDescending(e => e.Weight));
        return response;
    }

    private static bool Covers(V1.Evidence e, string date) =>
        string.CompareOrdinal(e.AsOf.StartDate, date) <= 0 && string.CompareOrdinal(e.AsOf.EndDate, date) >= 0;

    private static string Summarize(V1.Timeline timeline, V1.TimelinePoint point, IReadOnlyList<V1.Evidence> evidence)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new System.Text.StringBuilder();
        text.Append(c, $"On {point.Date} the estimate of {timeline.Variable} is {point.Estimate:#,0.#} {timeline.Unit} (90% interval {point.Low:#,0.#} to {point.High:#,0.#})");
        var last = timeline.Evidence.Count == 0 ? null : timeline.Evidence.Max(e => e.AsOf.EndDate);
        text.Append(point.StatementCount > 0
            ? string.Create(c, $", from {point.StatementCount} independent statement(s) about that day.")
            : last is not null && string.CompareOrdinal(point.Date, last) > 0
                ? $", carried forward from the last evidence, about {last}; the interval widens with every day without news."
                : ", interpolated between the nearest days with evidence.");
        foreach (var e in evidence.OrderByDescending(e => e.Weight).Take(6))
        {
            text.Append(c, $" {e.ClaimantDisplayName} said {Stated(e)} (weight {e.Weight:P0}");
            if (Math.Abs(e.BiasFactor - 1) >= 0.05)
            {
                text.Append(c, $", discounted: its figures run {Math.Abs(e.BiasFactor - 1):P0} {(e.BiasFactor > 1 ? "high" : "low")} against the other sources");
            }
            text.Append(e.Conflicting ? "; in conflict with other claims)." : ").");
        }
        return text.ToString();
    }

    private static string Stated(V1.Evidence e)
    {
        if (e.Quantity is null)
        {
            return "a category";
        }
        if (e.Quantity.Text.Length > 0)
        {
            return $"\"{e.Quantity.Text}\"";
        }
        var q = e.Quantity;
        var value = q.HasPoint ? q.Point : q.HasLow ? q.Low : q.High;
        return string.Create(CultureInfo.InvariantCulture, $"{q.Qualifier} {value:#,0.#}");
    }
}
