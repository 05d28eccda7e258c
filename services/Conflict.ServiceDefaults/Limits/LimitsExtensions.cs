using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.ServiceDefaults.Limits;

/// <summary>Rate limits per principal (ASP.NET Core rate limiting) and Kestrel's connection and body limits.</summary>
public static class LimitsExtensions
{
    public static WebApplicationBuilder AddConflictLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(LimitOptions.Section).Get<LimitOptions>() ?? new LimitOptions();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.Http2.MaxStreamsPerConnection = ConflictLimits.MaxStreamsPerConnection;
            kestrel.Limits.MaxRequestBodySize = ConflictLimits.MaxBodyBytes;
        });
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(ConflictLimits.Writes, http => Bucket(http, options.WritesPerSecond, options.WriteBurst));
            limiter.AddPolicy(ConflictLimits.Requests, http => Bucket(http, options.RequestsPerSecond, options.RequestBurst));
            limiter.OnRejected = (context, ct) => RejectAsync(context.HttpContext, context.Lease, ct);
        });
        return builder;
    }

    /// <summary>The caller's bucket: its principal's when it sent a valid token, else its address's.</summary>
    private static RateLimitPartition<string> Bucket(HttpContext http, int perSecond, int burst)
    {
        var key = http.User.Identity is { IsAuthenticated: true, Name: { } name }
            ? "principal:" + name
            : "address:" + (http.Connection.RemoteIpAddress ?? IPAddress.None);
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, burst),
            TokensPerPeriod = Math.Max(1, perSecond),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>RESOURCE_EXHAUSTED with a RetryInfo for gRPC callers, 429 with Retry-After for HTTP ones.</summary>
    private static async ValueTask RejectAsync(HttpContext http, RateLimitLease lease, CancellationToken ct)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var message = $"Too many calls from this caller; retry in {seconds} s.";
        if (GrpcStatusResponse.IsGrpc(http.Request))
        {
            var error = Errors.Create(Code.ResourceExhausted, "RATE_LIMITED", message,
                new Dictionary<string, string> { ["retry_after_seconds"] = seconds.ToString(CultureInfo.InvariantCulture) },
                new RetryInfo { RetryDelay = Duration.FromTimeSpan(TimeSpan.FromSeconds(seconds)) });
            await GrpcStatusResponse.WriteAsync(http.Response, error);
            return;
        }
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await new Problem
        {
            Type = "RATE_LIMITED",
            Title = "Too Many Requests",
            Status = StatusCodes.Status429TooManyRequests,
            Detail = message,
            Code = "RESOURCE_EXHAUSTED",
        }.WriteAsync(http.Response, ct);
    }
}
