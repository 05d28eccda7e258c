using Conflict.Grpctest.V1;

namespace Conflict.ServiceDefaults.Tests;

/// <summary>A request that cannot be decoded answers INTERNAL (the gRPC status code guide), not UNKNOWN.</summary>
public sealed class DecodeErrorTests(DefaultsFixture fixture) : IClassFixture<DefaultsFixture>
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    [Theory]
    [InlineData(MethodType.Unary, "Echo")]
    [InlineData(MethodType.ServerStreaming, "Count")]
    [InlineData(MethodType.ClientStreaming, "Sum")]
    public async Task Call_UndecodableRequest_InternalSayingSo(MethodType type, string name)
    {
        // Arrange: a field tag with wire type 7, which does not exist
        var garbage = new byte[] { 0x0f, 0xff, 0xff };
        var method = new Method<byte[], byte[]>(type, TestService.Descriptor.FullName, name, Bytes, Bytes);
        var invoker = fixture.Server.CreateChannel().CreateCallInvoker();

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            switch (type)
            {
                case MethodType.Unary:
                    await invoker.AsyncUnaryCall(method, null, default, garbage);
                    break;
                case MethodType.ServerStreaming:
                    using (var call = invoker.AsyncServerStreamingCall(method, null, default, garbage))
                    {
                        await call.ResponseStream.MoveNext();
                    }
                    break;
                default:
                    using (var call = invoker.AsyncClientStreamingCall(method, null, default))
                    {
                        await call.RequestStream.WriteAsync(garbage);
                        await call.RequestStream.CompleteAsync();
                        await call.ResponseAsync;
                    }
                    break;
            }
        });

        // Assert
        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.StartsWith("The request message could not be decoded", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_DecodableRequest_StillServedWithItsMetadata()
    {
        // Act
        var echo = await new TestService.TestServiceClient(fixture.Server.CreateChannel()).EchoAsync(new EchoRequest { Text = "fine" });

        // Assert
        Assert.Equal("fine", echo.Text);
    }
}
