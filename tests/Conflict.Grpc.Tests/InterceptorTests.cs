using Conflict.Grpctest.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.Grpc.Tests;

public sealed class InterceptorTests
{
    [Fact]
    public async Task ServerInterceptors_RunInOrderAroundEveryCall_AndSeeFailures()
    {
        // Arrange
        var journal = new Journal();
        await using var server = await TestServerFixture.StartAsync(
            o => { o.Interceptors.Add(typeof(RecordingInterceptor)); o.Interceptors.Add(typeof(InnerInterceptor)); },
            s => s.AddSingleton(journal).AddSingleton<RecordingInterceptor>());
        var client = new TestServiceClient(server.CreateChannel());
        // Act
        await client.EchoAsync(new EchoRequest { Text = "ok" });
        await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { FailCode = (int)StatusCode.NotFound }));
        // Assert
        Assert.Equal(
            ["before /conflict.grpctest.v1.TestService/Echo", "inner", "after OK", "before /conflict.grpctest.v1.TestService/Echo", "inner", "after NotFound"],
            journal.Entries);
    }

    [Fact]
    public async Task ServerInterceptor_Throwing_RefusesCall()
    {
        // Arrange
        await using var server = await TestServerFixture.StartAsync(o => o.Interceptors.Add(typeof(RefusingInterceptor)));
        var client = new TestServiceClient(server.CreateChannel());
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest()));
        // Assert
        Assert.Equal(StatusCode.PermissionDenied, ex.StatusCode);
    }

    [Fact]
    public async Task ClientInterceptor_AddsHeaderAndSeesStatus()
    {
        // Arrange
        await using var server = await TestServerFixture.StartAsync();
        var interceptor = new HeaderInterceptor();
        var channelOptions = new GrpcChannelOptions();
        channelOptions.Interceptors.Add(interceptor);
        var client = new TestServiceClient(server.CreateChannel(channelOptions));
        // Act
        using var call = client.EchoAsync(new EchoRequest());
        await call;
        await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { FailCode = (int)StatusCode.Aborted }));
        // Assert
        Assert.Equal("from-interceptor", call.GetTrailers().GetValue("x-added"));
        Assert.Equal([StatusCode.OK, StatusCode.Aborted], interceptor.Statuses);
    }

    public sealed class Journal
    {
        public List<string> Entries { get; } = [];
    }

    public sealed class RecordingInterceptor(Journal journal) : ServerInterceptor
    {
        public override async Task InterceptAsync(ServerCallContext context, Func<Task> continuation)
        {
            journal.Entries.Add("before " + context.Method);
            try
            {
                await continuation();
                journal.Entries.Add("after OK");
            }
            catch (RpcException ex)
            {
                journal.Entries.Add("after " + ex.StatusCode);
                throw;
            }
        }
    }

    public sealed class InnerInterceptor(Journal journal) : ServerInterceptor
    {
        public override Task InterceptAsync(ServerCallContext context, Func<Task> continuation)
        {
            journal.Entries.Add("inner");
            return continuation();
        }
    }

    public sealed class RefusingInterceptor : ServerInterceptor
    {
        public override Task InterceptAsync(ServerCallContext context, Func<Task> continuation) =>
            throw new RpcException(new Status(StatusCode.PermissionDenied, "no"));
    }

    private sealed class HeaderInterceptor : ClientInterceptor
    {
        public List<StatusCode> Statuses { get; } = [];

        public override CallOptions BeforeCall(string fullMethod, CallOptions options)
        {
            var headers = options.Headers ?? [];
            headers.Add("x-added", "from-interceptor");
            return options with { Headers = headers };
        }

        public override void AfterCall(string fullMethod, Status status, TimeSpan elapsed) => Statuses.Add(status.StatusCode);
    }
}
