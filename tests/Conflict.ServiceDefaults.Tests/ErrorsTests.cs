using Conflict.Grpctest.V1;
using Conflict.ServiceDefaults;
using Conflict.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.ServiceDefaults.Tests;

public sealed class ErrorsTests
{
    [Fact]
    public async Task FieldViolations_Several_TravelAsOneBadRequest()
    {
        // Arrange
        await using var server = await StartAsync(() =>
        {
            var violations = new FieldViolations { { "source.display_name", "is required" } };
            violations.Add("source.kind", "must not be unspecified");
            violations.ThrowIfAny();
        });
        var client = new TestService.TestServiceClient(server.CreateChannel());
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest()));
        // Assert
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Equal("INVALID_ARGUMENT", ex.GetErrorInfo()!.Reason);
        Assert.Equal("conflict", ex.GetErrorInfo()!.Domain);
        Assert.Equal(["source.display_name", "source.kind"], ex.GetBadRequest()!.FieldViolations.Select(v => v.Field));
        Assert.Contains("source.display_name is required", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotFound_RichStatus_CarriesResourceName()
    {
        // Arrange
        await using var server = await StartAsync(() => throw Errors.NotFound("sources/abc"));
        var client = new TestService.TestServiceClient(server.CreateChannel());
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest()));
        // Assert
        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        Assert.Equal((int)StatusCode.NotFound, ex.GetRpcStatus()!.Code);
        Assert.Equal("RESOURCE_NOT_FOUND", ex.GetErrorInfo()!.Reason);
        Assert.Equal("sources/abc", ex.GetErrorInfo()!.Metadata["resource"]);
    }

    [Fact]
    public void Create_ReasonNotUpperSnake_Throws()
    {
        // Act
        var ex = Assert.Throws<ArgumentException>(() => Errors.FailedPrecondition("notUpper", "x"));
        // Assert
        Assert.Contains("UPPER_SNAKE_CASE", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldViolations_None_DoesNotThrow()
    {
        // Arrange
        var violations = new FieldViolations();
        // Act
        violations.Require(true, "name", "is required");
        violations.ThrowIfAny();
        // Assert
        Assert.Equal(0, violations.Count);
    }

    private static Task<GrpcTestServer> StartAsync(Action fail) => GrpcTestServer.StartAsync(
        b =>
        {
            b.Services.AddGrpc();
            b.Services.AddSingleton(new Failure(fail));
        },
        app => app.MapGrpcService<FailingService>());

    internal sealed record Failure(Action Run);

    /// <summary>Runs the test's failure in every method.</summary>
    internal sealed class FailingService(Failure failure) : TestService.TestServiceBase
    {
        public override Task<EchoResponse> Echo(EchoRequest request, ServerCallContext context) => Fail<EchoResponse>();

        public override Task Count(EchoRequest request, IServerStreamWriter<EchoResponse> responses, ServerCallContext context) => Fail<EchoResponse>();

        public override Task<EchoResponse> Sum(IAsyncStreamReader<EchoRequest> requests, ServerCallContext context) => Fail<EchoResponse>();

        public override Task Chat(IAsyncStreamReader<EchoRequest> requests, IServerStreamWriter<EchoResponse> responses, ServerCallContext context) => Fail<EchoResponse>();

        private Task<T> Fail<T>()
        {
            failure.Run();
            throw new InvalidOperationException("The failure did not throw.");
        }
    }
}
