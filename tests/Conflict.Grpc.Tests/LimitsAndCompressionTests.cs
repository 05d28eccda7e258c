using System.IO.Compression;
using Conflict.Grpctest.V1;
using Google.Protobuf;

namespace Conflict.Grpc.Tests;

public sealed class LimitsAndCompressionTests(TestServerFixture fixture) : IClassFixture<TestServerFixture>
{
    [Fact]
    public async Task Request_LargerThanServerLimit_FailsWithResourceExhausted()
    {
        // Arrange
        var client = fixture.CreateClient();
        var request = new EchoRequest { Payload = ByteString.CopyFrom(new byte[(4 * 1024 * 1024) + 1]) };
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(request));
        // Assert
        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
    }

    [Fact]
    public async Task Request_JustUnderServerLimit_Succeeds()
    {
        // Arrange
        var client = fixture.CreateClient();
        var request = new EchoRequest { Text = "big", Payload = ByteString.CopyFrom(new byte[4 * 1024 * 1024 - 16]) };
        // Act
        var response = await client.EchoAsync(request);
        // Assert
        Assert.Equal("big", response.Text);
    }

    [Fact]
    public async Task Response_LargerThanClientLimit_FailsWithResourceExhausted()
    {
        // Arrange
        var client = fixture.CreateClient(new GrpcChannelOptions { MaxReceiveMessageSize = 1000 });
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { ResponseSize = 5000 }));
        // Assert
        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
    }

    [Fact]
    public async Task Request_LargerThanClientSendLimit_FailsWithResourceExhausted()
    {
        // Arrange
        var client = fixture.CreateClient(new GrpcChannelOptions { MaxSendMessageSize = 100 });
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { Payload = ByteString.CopyFrom(new byte[200]) }));
        // Assert
        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
    }

    [Fact]
    public async Task Gzip_ClientCompressesRequests_ServerReadsThem()
    {
        // Arrange
        var client = fixture.CreateClient(new GrpcChannelOptions { CompressionEncoding = "gzip" });
        var payload = ByteString.CopyFrom(new byte[100_000]);
        // Act
        var response = await client.EchoAsync(new EchoRequest { Text = "zipped", Payload = payload });
        using var sum = client.Sum(new CallOptions());
        await sum.RequestStream.WriteAsync(new EchoRequest { Count = 2, Payload = payload });
        await sum.RequestStream.WriteAsync(new EchoRequest { Count = 3 });
        await sum.RequestStream.CompleteAsync();
        // Assert
        Assert.Equal("zipped", response.Text);
        Assert.Equal(5, (await sum.ResponseAsync).Total);
    }

    [Fact]
    public async Task Gzip_ServerCompressesResponses_WireAndClientAgree()
    {
        // Arrange
        await using var server = await TestServerFixture.StartAsync(o => o.ResponseCompressionEncoding = "gzip");
        var client = new TestServiceClient(server.CreateChannel());
        // Act
        var response = await client.EchoAsync(new EchoRequest { Text = "gz", ResponseSize = 50_000 });
        var raw = await RawGrpc.SendAsync(server.Address, "/conflict.grpctest.v1.TestService/Echo", RawGrpc.Frame(new EchoRequest { Text = "gz", ResponseSize = 50_000 }), headers: ("grpc-accept-encoding", "gzip"));
        // Assert
        Assert.Equal(50_000, response.Payload.Length);
        Assert.Equal("gzip", raw.Header("grpc-encoding"));
        Assert.Equal(1, raw.Body[0]);
        Assert.True(raw.Body.Length < 10_000);
        using var unzip = new GZipStream(new MemoryStream(raw.Body, 5, raw.Body.Length - 5), CompressionMode.Decompress);
        Assert.Equal("gz", EchoResponse.Parser.ParseFrom(unzip).Text);
    }

    [Fact]
    public async Task Gzip_ClientWithoutAcceptEncoding_GetsPlainResponses()
    {
        // Arrange
        await using var server = await TestServerFixture.StartAsync(o => o.ResponseCompressionEncoding = "gzip");
        // Act
        var raw = await RawGrpc.SendAsync(server.Address, "/conflict.grpctest.v1.TestService/Echo", RawGrpc.Frame(new EchoRequest { Text = "plain" }));
        // Assert
        Assert.Null(raw.Header("grpc-encoding"));
        Assert.Equal(0, raw.Body[0]);
    }
}
