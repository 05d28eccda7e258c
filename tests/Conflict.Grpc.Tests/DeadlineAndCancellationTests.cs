using System.Net;
using Conflict.Grpctest.V1;
using Conflict.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Conflict.Grpc.Tests;

public sealed class DeadlineAndCancellationTests(TestServerFixture fixture) : IClassFixture<TestServerFixture>
{
    [Fact]
    public async Task Deadline_SlowHandler_ClientGetsDeadlineExceededAndHandlerIsCancelled()
    {
        // Arrange
        await using var server = await TestServerFixture.StartAsync();
        var client = new TestServiceClient(server.CreateChannel());
        var probe = (CallProbe)server.Services.GetService(typeof(CallProbe))!;
        await client.EchoAsync(new EchoRequest()); // connects first, so the deadline only covers the call
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.EchoAsync(new EchoRequest { DelayMs = 30_000 }, new CallOptions().WithTimeout(TimeSpan.FromMilliseconds(300))));
        var cancelled = await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // Assert
        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
        Assert.Equal("/conflict.grpctest.v1.TestService/Echo", cancelled);
    }

    [Fact]
    public async Task Deadline_ServerThatNeverAnswers_LocalTimerEndsCallAndTimeoutHeaderWasSent()
    {
        // Arrange: a raw endpoint that records grpc-timeout and never answers.
        var seenTimeout = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await GrpcTestServer.StartAsync(_ => { }, app => app.MapPost("/conflict.grpctest.v1.TestService/Echo", async (HttpContext http) =>
        {
            seenTimeout.TrySetResult(http.Request.Headers["grpc-timeout"]);
            await Task.Delay(Timeout.Infinite, http.RequestAborted);
        }));
        var client = new TestServiceClient(server.CreateChannel());
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.EchoAsync(new EchoRequest(), new CallOptions().WithTimeout(TimeSpan.FromSeconds(2))));
        var timeout = await seenTimeout.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // Assert
        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
        Assert.Matches("^[0-9]{1,8}[HMSmun]$", timeout);
    }

    [Fact]
    public async Task Deadline_AlreadyPassed_FailsWithoutCallingServer()
    {
        // Arrange
        var client = fixture.CreateClient();
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.EchoAsync(new EchoRequest(), new CallOptions(Deadline: DateTime.UtcNow.AddSeconds(-1))));
        // Assert
        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
    }

    [Fact]
    public async Task Cancel_UnaryInFlight_ClientGetsCancelledAndHandlerTokenFires()
    {
        // Arrange
        await using var server = await TestServerFixture.StartAsync();
        var client = new TestServiceClient(server.CreateChannel());
        var probe = (CallProbe)server.Services.GetService(typeof(CallProbe))!;
        await client.EchoAsync(new EchoRequest()); // connects first, so the deadline only covers the call
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.EchoAsync(new EchoRequest { DelayMs = 30_000 }, new CallOptions(CancellationToken: cts.Token)));
        var cancelled = await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // Assert
        Assert.Equal(StatusCode.Cancelled, ex.StatusCode);
        Assert.Equal("/conflict.grpctest.v1.TestService/Echo", cancelled);
    }

    [Fact]
    public async Task Dispose_ServerStreamInFlight_HandlerTokenFires()
    {
        // Arrange
        await using var server = await TestServerFixture.StartAsync();
        var client = new TestServiceClient(server.CreateChannel());
        var probe = (CallProbe)server.Services.GetService(typeof(CallProbe))!;
        await client.EchoAsync(new EchoRequest()); // connects first, so the deadline only covers the call
        var call = client.Count(new EchoRequest { Count = 1000, DelayMs = 200 });
        Assert.True(await call.ResponseStream.MoveNext());
        // Act
        call.Dispose();
        var cancelled = await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // Assert
        Assert.Equal("/conflict.grpctest.v1.TestService/Count", cancelled);
        Assert.Equal(StatusCode.Cancelled, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task Unavailable_NothingListening_FailsWithUnavailable()
    {
        // Arrange: a port that was free a moment ago.
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        var client = new TestServiceClient(channel);
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest()));
        // Assert
        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
    }
}
