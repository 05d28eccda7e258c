using System.Text;
using Conflict.Grpctest.V1;

namespace Conflict.Grpc.Tests;

/// <summary>Frame-level checks with a hand-written HTTP/2 peer.</summary>
public sealed class WireFormatTests(TestServerFixture fixture) : IClassFixture<TestServerFixture>
{
    [Fact]
    public async Task TrailersOnly_IsOneHeadersFrameWithEndStreamAndNoData()
    {
        // Arrange
        await using var h2 = new H2FrameClient();
        await h2.ConnectAsync(fixture.Server.Address);
        var body = RawGrpc.Frame(new EchoRequest { Text = "nope", FailCode = (int)StatusCode.PermissionDenied });
        // Act
        await h2.SendRequestAsync(fixture.Server.Address, "/conflict.grpctest.v1.TestService/Echo", body);
        var frames = await h2.ReadStreamAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        // Assert
        var frame = Assert.Single(frames);
        Assert.Equal(H2FrameClient.Headers, frame.Type);
        Assert.Equal(H2FrameClient.EndStream | H2FrameClient.EndHeaders, frame.Flags & (H2FrameClient.EndStream | H2FrameClient.EndHeaders));
        var block = Encoding.ASCII.GetString(frame.Payload);
        Assert.Contains("grpc-status\u00017", block, StringComparison.Ordinal);
        Assert.Contains("grpc-message\u0004nope", block, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unary_IsHeadersThenDataThenTrailersWithEndStream()
    {
        // Arrange
        await using var h2 = new H2FrameClient();
        await h2.ConnectAsync(fixture.Server.Address);
        // Act
        await h2.SendRequestAsync(fixture.Server.Address, "/conflict.grpctest.v1.TestService/Echo", RawGrpc.Frame(new EchoRequest { Text = "ok" }));
        var frames = await h2.ReadStreamAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        // Assert
        Assert.Equal(H2FrameClient.Headers, frames[0].Type);
        Assert.Equal(0, frames[0].Flags & H2FrameClient.EndStream);
        Assert.Contains(frames, f => f.Type == H2FrameClient.Data && f.Payload.Length > 0);
        var trailers = frames[^1];
        Assert.Equal(H2FrameClient.Headers, trailers.Type);
        Assert.Equal(H2FrameClient.EndStream, trailers.Flags & H2FrameClient.EndStream);
        Assert.Contains("grpc-status\u00010", Encoding.ASCII.GetString(trailers.Payload), StringComparison.Ordinal);
    }
}
