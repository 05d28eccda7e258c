namespace Conflict.ServiceDefaults.Limits;

/// <summary>
/// The <c>Limits</c> section. Each principal (or, without a token, each client address) has a token bucket per
/// service: <see cref="WritesPerSecond"/> refills it, <see cref="WriteBurst"/> is its size. A bulk import is one
/// call however many items it streams, so these bound how fast one caller can issue calls, not how much it writes.
/// </summary>
public sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary>Write calls per second a principal may sustain on one service (gRPC write RPCs).</summary>
    public int WritesPerSecond { get; set; } = 200;

    /// <summary>Write calls a principal may make at once before the rate applies.</summary>
    public int WriteBurst { get; set; } = 400;

    /// <summary>Requests per second a principal may sustain on the gateway (every route but health).</summary>
    public int RequestsPerSecond { get; set; } = 100;

    /// <summary>Requests a principal may make at once on the gateway before the rate applies.</summary>
    public int RequestBurst { get; set; } = 200;
}
