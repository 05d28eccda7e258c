using System.Buffers.Binary;
using System.Net;
using Conflict.Grpctest.V1;

namespace Conflict.Grpc.Tests;

public sealed class ProtocolTests(TestServerFixture fixture) : IClassFixture<TestServerFixture>
{
    private const string EchoPath = "/conflict.grpctest.v1.TestService/Echo";

    [Fact]
    public async Task Unary_RawRequest_AnswersFramedMessageThenStatusInTrailers()
    {
        // Arrange
        var body = RawGrpc.Frame(new EchoRequest { Text = "raw" });
        // Act
        var response = await RawGrpc.SendAsync(fixture.Server.Address, EchoPath, body);
        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Message.StatusCode);
        Assert.Equal("application/grpc", response.Header("Content-Type"));
        Assert.Null(response.Header("grpc-status"));
        Assert.Equal(0, response.Body[0]);
        Assert.Equal(response.Body.Length - 5, BinaryPrimitives.ReadInt32BigEndian(response.Body.AsSpan(1)));
        Assert.Equal("raw", EchoResponse.Parser.ParseFrom(response.Body.AsSpan(5)).Text);
        Assert.Equal("0", response.Trailer("grpc-status"));
    }

    [Fact]
    public async Task Error_BeforeFirstMessage_IsTrailersOnly()
    {
        // Arrange
        var body = RawGrpc.Frame(new EchoRequest { Text = "gone", FailCode = (int)StatusCode.NotFound });
        // Act
        var response = await RawGrpc.SendAsync(fixture.Server.Address, EchoPath, body);
        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Message.StatusCode);
        Assert.Equal("application/grpc", response.Header("Content-Type"));
        Assert.Equal("5", response.Header("grpc-status"));
        Assert.Equal("gone", response.Header("grpc-message"));
        Assert.Empty(response.Body);
        Assert.Empty(response.Message.TrailingHeaders);
    }

    [Fact]
    public async Task Error_AfterFirstMessage_GoesInTrailers()
    {
        // Arrange
        var body = RawGrpc.Frame(new EchoRequest { Text = "late", Count = 2, FailCode = (int)StatusCode.Aborted });
        // Act
        var response = await RawGrpc.SendAsync(fixture.Server.Address, "/conflict.grpctest.v1.TestService/Count", body);
        // Assert
        Assert.Null(response.Header("grpc-status"));
        Assert.NotEmpty(response.Body);
        Assert.Equal("10", response.Trailer("grpc-status"));
        Assert.Equal("late", response.Trailer("grpc-message"));
    }

    [Fact]
    public async Task StatusMessage_Unicode_IsPercentEncodedOnTheWire()
    {
        // Arrange
        var body = RawGrpc.Frame(new EchoRequest { Text = "Kyiv 100% – Київ", FailCode = (int)StatusCode.InvalidArgument });
        // Act
        var response = await RawGrpc.SendAsync(fixture.Server.Address, EchoPath, body);
        // Assert
        Assert.Equal("Kyiv 100%25 %E2%80%93 %D0%9A%D0%B8%D1%97%D0%B2", response.Header("grpc-message"));
    }

    [Theory]
    [InlineData("/conflict.grpctest.v1.TestService/Missing", "Method is unimplemented")]
    [InlineData("/no.such.Service/Call", "Service is unimplemented")]
    public async Task UnknownPath_GrpcRequest_AnswersUnimplemented(string path, string message)
    {
        // Act
        var response = await RawGrpc.SendAsync(fixture.Server.Address, path, RawGrpc.Frame(new EchoRequest()));
        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Message.StatusCode);
        Assert.Equal("12", response.Header("grpc-status"));
        Assert.StartsWith(message, response.Header("grpc-message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongContentType_Answers415()
    {
        // Act
        var response = await RawGrpc.SendAsync(fixture.Server.Address, EchoPath, RawGrpc.Frame(new EchoRequest()), contentType: "application/json");
        // Assert
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Message.StatusCode);
        Assert.Equal("12", response.Header("grpc-status"));
    }

    [Fact]
    public async Task GrpcProtoContentType_IsAccepted()
    {
        // Act
        var response = await RawGrpc.SendAsync(fixture.Server.Address, EchoPath, RawGrpc.Frame(new EchoRequest { Text = "p" }), contentType: "application/grpc+proto");
        // Assert
        Assert.Equal("0", response.Trailer("grpc-status"));
    }

    [Fact]
    public async Task UnsupportedEncoding_AnswersUnimplementedWithAcceptedEncodings()
    {
        // Act
        var response = await RawGrpc.SendAsync(fixture.Server.Address, EchoPath, RawGrpc.Frame(new EchoRequest()), headers: ("grpc-encoding", "snappy"));
        // Assert
        Assert.Equal("12", response.Header("grpc-status"));
        Assert.Equal("identity,gzip", response.Header("grpc-accept-encoding"));
    }

    [Fact]
    public async Task CompressedFlag_WithoutEncoding_AnswersInternal()
    {
        // Act
        var response = await RawGrpc.SendAsync(fixture.Server.Address, EchoPath, RawGrpc.Frame(new EchoRequest(), compressedFlag: true));
        // Assert
        Assert.Equal("13", response.Header("grpc-status"));
    }

    [Theory]
    [InlineData("1S")]
    [InlineData("100m")]
    [InlineData("200000u")]
    [InlineData("30000000n")]
    public async Task Timeout_EveryUnit_EndsSlowCallWithDeadlineExceeded(string timeout)
    {
        // Arrange
        var body = RawGrpc.Frame(new EchoRequest { DelayMs = 30_000 });
        // Act
        var response = await RawGrpc.SendAsync(fixture.Server.Address, EchoPath, body, headers: ("grpc-timeout", timeout));
        // Assert
        Assert.Equal("4", response.Header("grpc-status") ?? response.Trailer("grpc-status"));
    }

    [Fact]
    public async Task BinaryMetadata_UnpaddedBase64_IsDecoded()
    {
        // Arrange: 0x01 0x02 is "AQI=" padded; send it without the padding.
        var body = RawGrpc.Frame(new EchoRequest { Text = "m" });
        // Act
        var response = await RawGrpc.SendAsync(fixture.Server.Address, EchoPath, body, headers: ("x-raw-bin", "AQI"));
        // Assert
        Assert.Equal("AQI", response.Trailer("x-raw-bin"));
    }
}
