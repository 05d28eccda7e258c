using Conflict.Grpctest.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.Grpc.Tests;

/// <summary>The client over TestServer's in-memory handler, as service tests use it.</summary>
public sealed class TestServerHandlerTests : IAsyncLifetime
{
    private WebApplication? _app;
    private GrpcChannel? _channel;

    private TestServiceClient Client => new(_channel!);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGrpcLayer();
        builder.Services.AddSingleton<CallProbe>();
        _app = builder.Build();
        _app.MapGrpcService<TestService>(TestServiceClient.Descriptor);
        await _app.StartAsync();
        _channel = GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions { HttpHandler = _app.GetTestServer().CreateHandler() });
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Unary_OverTestServer_RoundTrips()
    {
        // Act
        var response = await Client.EchoAsync(new EchoRequest { Text = "in-memory" });
        // Assert
        Assert.Equal("in-memory", response.Text);
    }

    [Fact]
    public async Task Error_OverTestServer_KeepsStatusAndMessage()
    {
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await Client.EchoAsync(new EchoRequest { Text = "missing", FailCode = (int)StatusCode.NotFound }));
        // Assert
        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        Assert.Equal("missing", ex.Status.Detail);
    }

    [Fact]
    public async Task Streams_OverTestServer_WorkBothWays()
    {
        // Arrange
        using var count = Client.Count(new EchoRequest { Count = 3 });
        using var chat = Client.Chat();
        // Act
        var counted = await count.ResponseStream.ReadAllAsync().CountAsync();
        await chat.RequestStream.WriteAsync(new EchoRequest { Count = 2 });
        Assert.True(await chat.ResponseStream.MoveNext());
        var total = chat.ResponseStream.Current.Total;
        await chat.RequestStream.CompleteAsync();
        // Assert
        Assert.Equal(3, counted);
        Assert.Equal(2, total);
        Assert.False(await chat.ResponseStream.MoveNext());
    }

    [Fact]
    public async Task Deadline_OverTestServer_EndsWithDeadlineExceeded()
    {
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await Client.EchoAsync(new EchoRequest { DelayMs = 30_000 }, new CallOptions().WithTimeout(TimeSpan.FromMilliseconds(200))));
        // Assert
        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
    }
}
