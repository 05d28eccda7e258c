using Grpc.Core;

namespace Conflict.Cli.Cli;

/// <summary>Shorthands for per-call options.</summary>
internal static class CallOptionsExtensions
{
    /// <summary>Call options that cancel with <paramref name="ct"/>.</summary>
    public static CallOptions Call(this CancellationToken ct) => new(cancellationToken: ct);
}
