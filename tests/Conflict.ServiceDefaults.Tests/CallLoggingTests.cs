using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Conflict.Grpctest.V1;
using Conflict.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.ServiceDefaults.Tests;

/// <summary>The outcome the call-logging interceptor records (conflict.grpc.server.calls) for each kind of ending.</summary>
public sealed class CallLoggingTests(DefaultsFixture fixture) : IClassFixture<DefaultsFixture>
{
    [Fact]
    public async Task ClientResetsMidUpload_RecordedAsCancelledNotInternal()
    {
        // Arrange
        using var recorded = new RecordedCalls(fixture.Server);
        var client = new TestService.TestServiceClient(fixture.Server.CreateChannel());
        await client.EchoAsync(new EchoRequest()); // connects first
        using var cancel = new CancellationTokenSource();
        var call = client.Sum(new CallOptions(cancellationToken: cancel.Token));
        await call.RequestStream.WriteAsync(new EchoRequest { Count = 1, DelayMs = 0 });

        // Act: the handler is waiting for the next message when the client resets the stream
        await Task.Delay(200);
        await cancel.CancelAsync();
        call.Dispose();
        var code = await recorded.Of("/conflict.grpctest.v1.TestService/Sum").WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        Assert.Equal((int)StatusCode.Cancelled, code);
    }

    [Fact]
    public async Task HandlerFails_RecordedWithItsStatus()
    {
        // Arrange
        using var recorded = new RecordedCalls(fixture.Server);
        var client = new TestService.TestServiceClient(fixture.Server.CreateChannel());

        // Act
        await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { FailCode = (int)StatusCode.NotFound, Text = "gone" }));
        var code = await recorded.Of("/conflict.grpctest.v1.TestService/Echo").WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        Assert.Equal((int)StatusCode.NotFound, code);
    }

    /// <summary>
    /// Listens to the calls counter of one server (its meter factory): the first status recorded per method. The
    /// listener sees every meter in the process, and other classes' servers run at the same time with methods of the
    /// same name (ErrorsTests' Sum fails with INTERNAL on purpose).
    /// </summary>
    private sealed class RecordedCalls : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, TaskCompletionSource<int>> _codes = new();

        public RecordedCalls(GrpcTestServer server)
        {
            var meters = server.Services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "conflict.grpc.server.calls" && ReferenceEquals(instrument.Meter.Scope, meters))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            {
                string? method = null;
                int? code = null;
                foreach (var tag in tags)
                {
                    method = tag.Key == "rpc.method" ? tag.Value as string : method;
                    code = tag.Key == "rpc.grpc.status_code" ? (int?)tag.Value : code;
                }
                if (method is not null && code is { } c)
                {
                    Source(method).TrySetResult(c);
                }
            });
            _listener.Start();
        }

        public Task<int> Of(string method) => Source(method).Task;

        public void Dispose() => _listener.Dispose();

        private TaskCompletionSource<int> Source(string method) => _codes.GetOrAdd(method, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}
