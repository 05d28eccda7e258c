using Conflict.Grpctest.V1;

namespace Conflict.Grpc.Tests;

public sealed class StatusAndMetadataTests(TestServerFixture fixture) : IClassFixture<TestServerFixture>
{
    public static TheoryData<StatusCode> FailureCodes() => new(Enum.GetValues<StatusCode>().Where(c => c != StatusCode.OK));

    [Theory]
    [MemberData(nameof(FailureCodes))]
    public async Task Status_EveryCode_RoundTrips(StatusCode code)
    {
        // Arrange
        var client = fixture.CreateClient();
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { Text = $"failed with {code}", FailCode = (int)code }));
        // Assert
        Assert.Equal(code, ex.StatusCode);
        Assert.Equal($"failed with {code}", ex.Status.Detail);
    }

    [Fact]
    public async Task Status_UnicodeAndPercentMessage_RoundTrips()
    {
        // Arrange
        var client = fixture.CreateClient();
        const string Message = "Курська область: 100% ✓ «déjà vu»\t%41";
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { Text = Message, FailCode = (int)StatusCode.FailedPrecondition }));
        // Assert
        Assert.Equal(Message, ex.Status.Detail);
    }

    [Fact]
    public async Task UnhandledException_BecomesGenericInternal()
    {
        // Arrange
        var client = fixture.CreateClient();
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { Text = "throw" }));
        // Assert
        Assert.Equal(StatusCode.Internal, ex.StatusCode);
        Assert.DoesNotContain("secret", ex.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerStream_ErrorAfterMessages_DeliversMessagesThenStatus()
    {
        // Arrange
        var client = fixture.CreateClient();
        using var call = client.Count(new EchoRequest { Text = "stop", Count = 2, FailCode = (int)StatusCode.ResourceExhausted });
        var received = 0;
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var _ in call.ResponseStream.ReadAllAsync())
            {
                received++;
            }
        });
        // Assert
        Assert.Equal(2, received);
        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
        Assert.Equal(StatusCode.ResourceExhausted, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task Metadata_TextAndBinary_TravelBothWays()
    {
        // Arrange
        var client = fixture.CreateClient();
        byte[] binary = [0, 1, 2, 250, 255];
        var headers = new Metadata { { "x-text", "plain value" }, { "x-data-bin", binary }, { "x-send-headers", "early" } };
        // Act
        using var call = client.EchoAsync(new EchoRequest { Text = "md" }, new CallOptions(headers));
        await call;
        var responseHeaders = await call.ResponseHeadersAsync;
        var trailers = call.GetTrailers();
        // Assert
        Assert.Equal("early", responseHeaders.GetValue("x-response-header"));
        Assert.Equal("plain value", trailers.GetValue("x-text"));
        Assert.Equal(binary, trailers.GetValueBytes("x-data-bin"));
    }

    [Fact]
    public async Task Metadata_TrailersOfFailedCall_ReachTheException()
    {
        // Arrange
        var client = fixture.CreateClient();
        var headers = new Metadata { { "x-trace", "t-1" } };
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { FailCode = (int)StatusCode.NotFound }, new CallOptions(headers)));
        // Assert
        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }
}
