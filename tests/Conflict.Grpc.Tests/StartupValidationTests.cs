using Conflict.Grpctest.V1;
using Conflict.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.Grpc.Tests;

public sealed class StartupValidationTests
{
    [Fact]
    public async Task MapGrpcService_MissingAndMisshapedMethods_FailsNamingThem()
    {
        // Act
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => GrpcTestServer.StartAsync(
            b => b.Services.AddGrpcLayer(),
            app => app.MapGrpcService<IncompleteService>(TestServiceClient.Descriptor)));
        // Assert
        Assert.Contains("IncompleteService cannot serve conflict.grpctest.v1.TestService", ex.Message, StringComparison.Ordinal);
        Assert.Contains("method Count is missing; expected public Task Count(EchoRequest, IServerStreamWriter<EchoResponse>, ServerCallContext)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("method Sum has the wrong shape (Task<EchoResponse> Sum(EchoRequest, ServerCallContext))", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("method Echo", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapGrpcService_WithoutAddGrpcLayer_SaysWhatToCall()
    {
        // Act
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => GrpcTestServer.StartAsync(
            _ => { },
            app => app.MapGrpcService<TestService>(TestServiceClient.Descriptor)));
        // Assert
        Assert.Contains("AddGrpcLayer", ex.Message, StringComparison.Ordinal);
    }

    public sealed class IncompleteService
    {
        private readonly EchoResponse _response = new();

        public Task<EchoResponse> Echo(EchoRequest request, ServerCallContext context) => Task.FromResult(_response);

        public Task<EchoResponse> Sum(EchoRequest request, ServerCallContext context) => Task.FromResult(_response);

        public Task Chat(IAsyncStreamReader<EchoRequest> requests, IServerStreamWriter<EchoResponse> responses, ServerCallContext context) => responses.WriteAsync(_response);
    }
}
