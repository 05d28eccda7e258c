using System.Diagnostics;
using System.Diagnostics.Metrics;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Conflict.ServiceDefaults;

/// <summary>
/// Logs each call's outcome (failures at Information or above, successes at Debug) and records the
/// <c>conflict.grpc.server.calls</c> counter and <c>conflict.grpc.server.duration</c> histogram (ms), tagged with
/// the method and the status code as the handler ended it (CANCELLED when the client went away, DEADLINE_EXCEEDED
/// when its deadline passed). Grpc.AspNetCore's own meter counts calls too; this one adds the logs and a
/// per-method view with our service's names.
/// </summary>
public sealed partial class CallLoggingInterceptor : Interceptor
{
    private readonly ILogger<CallLoggingInterceptor> _logger;
    private readonly Counter<long> _calls;
    private readonly Histogram<double> _duration;

    public CallLoggingInterceptor(ILogger<CallLoggingInterceptor> logger, IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _logger = logger;
        var meter = meters.Create(Telemetry.ConflictTelemetry.MeterName);
        _calls = meter.CreateCounter<long>("conflict.grpc.server.calls");
        _duration = meter.CreateHistogram<double>("conflict.grpc.server.duration", "ms");
    }

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        ObserveAsync(context, () => continuation(request, context));

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        ObserveAsync(context, () => continuation(requestStream, context));

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        ObserveAsync(context, async () => { await continuation(request, responseStream, context).ConfigureAwait(false); return true; });

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        ObserveAsync(context, async () => { await continuation(requestStream, responseStream, context).ConfigureAwait(false); return true; });

    private async Task<T> ObserveAsync<T>(ServerCallContext context, Func<Task<T>> handler)
    {
        var started = Stopwatch.GetTimestamp();
        var code = StatusCode.OK;
        try
        {
            return await handler().ConfigureAwait(false);
        }
        catch (RpcException ex)
        {
            code = ex.StatusCode;
            throw;
        }
        catch (Exception) when (context.CancellationToken.IsCancellationRequested)
        {
            // A handler that stops because its call ended (an OperationCanceledException, or an IOException from
            // the reset stream) failed for its caller's reason, not with a bug of ours.
            code = context.GetHttpContext().RequestAborted.IsCancellationRequested && context.Deadline > DateTime.UtcNow
                ? StatusCode.Cancelled
                : StatusCode.DeadlineExceeded;
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
