using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Conflict.ServiceDefaults.Telemetry;

/// <summary>
/// Conflict's own instruments, on the <see cref="ConflictTelemetry.MeterName"/> meter: what the suite did, as an
/// operator watches it (claims imported, timelines recomputed, how far behind the change feeds the projection is).
/// </summary>
public sealed class ConflictMetrics
{
    private readonly Counter<long> _claimsImported;
    private readonly Counter<long> _timelinesRecomputed;
    private readonly Histogram<double> _feedLag;

    public ConflictMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(ConflictTelemetry.MeterName);
        _claimsImported = meter.CreateCounter<long>("conflict.claims.imported", "{claim}", "Claims created by ImportClaims, counted at each commit.");
        _timelinesRecomputed = meter.CreateCounter<long>("conflict.timelines.recomputed", "{timeline}", "Timelines computed and stored.");
        _feedLag = meter.CreateHistogram<double>("conflict.feed.lag", "ms", "Time from a change's commit upstream to its application in the projection.");
    }

    public void ClaimsImported(long count) => _claimsImported.Add(count);

    public void TimelinesRecomputed(int count) => _timelinesRecomputed.Add(count);

    /// <summary>Records the lag of an applied batch, from the commit time of its last change.</summary>
    public void FeedApplied(string feed, DateTime lastChangeUtc) =>
        _feedLag.Record(Math.Max(0, (DateTime.UtcNow - lastChangeUtc).TotalMilliseconds), new TagList { { "feed", feed } });
}
