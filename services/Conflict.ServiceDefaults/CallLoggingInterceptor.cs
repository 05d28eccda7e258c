using System.Diagnostics;
using System.Diagnostics.Metrics;
using Conflict.Grpc;
using Microsoft.Extensions.Logging;

namespace Conflict.ServiceDefaults;

/// <summary>
/// Logs each call's outcome (failures at Information or above, successes at Debug) and records the
/// <c>conflict.grpc.server.calls</c> counter and <c>conflict.grpc.server.duration</c> histogram (ms).
/// </summary>
public sealed partial class CallLoggingInterceptor : ServerInterceptor
{
    private readonly ILogger<CallLoggingInterceptor> _logger;
    private readonly Counter<long> _calls;
    private readonly Histogram<double> _duration;

    public CallLoggingInterceptor(ILogger<CallLoggingInterceptor> logger, IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _logger = logger;
        var meter = meters.Create("Conflict.Grpc");
        _calls = meter.CreateCounter<long>("conflict.grpc.server.calls");
        _duration = meter.CreateHistogram<double>("conflict.grpc.server.duration", "ms");
    }

    public override async Task InterceptAsync(ServerCallContext context, Func<Task> continuation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(continuation);
        var started = Stopwatch.GetTimestamp();
        var code = StatusCode.OK;
        try
        {
            await continuation().ConfigureAwait(false);
        }
        catch (RpcException ex)
        {
            code = ex.StatusCode;
            throw;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            code = context.HttpContext.RequestAborted.IsCancellationRequested ? StatusCode.Cancelled : StatusCode.DeadlineExceeded;
            throw;
        }
        catch
        {
            code = StatusCode.Internal;
            throw;
        }
        finally
        {
            Record(context.Method, code, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private void Record(string method, StatusCode code, double elapsedMs)
    {
        var tags = new TagList { { "rpc.method", method }, { "rpc.grpc.status_code", (int)code } };
        _calls.Add(1, tags);
        _duration.Record(elapsedMs, tags);
        switch (code)
        {
            case StatusCode.OK:
                LogOk(_logger, method, elapsedMs);
                break;
            case StatusCode.Internal or StatusCode.Unknown or StatusCode.DataLoss:
                LogError(_logger, method, code, elapsedMs);
                break;
            default:
                LogFailed(_logger, method, code, elapsedMs);
                break;
        }
    }

    [LoggerMessage(1, LogLevel.Debug, "{Method} OK in {ElapsedMs:0.0} ms")]
    private static partial void LogOk(ILogger logger, string method, double elapsedMs);

    [LoggerMessage(2, LogLevel.Information, "{Method} {Status} in {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string method, StatusCode status, double elapsedMs);

    [LoggerMessage(3, LogLevel.Warning, "{Method} {Status} in {ElapsedMs:0.0} ms")]
    private static partial void LogError(ILogger logger, string method, StatusCode status, double elapsedMs);
}
