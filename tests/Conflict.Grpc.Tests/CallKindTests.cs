using Conflict.Grpctest.V1;

namespace Conflict.Grpc.Tests;

public sealed class CallKindTests(TestServerFixture fixture) : IClassFixture<TestServerFixture>
{
    [Fact]
    public async Task Unary_Echo_ReturnsResponseAndOkStatus()
    {
        // Arrange
        var client = fixture.CreateClient();
        // Act
        using var call = client.EchoAsync(new EchoRequest { Text = "hello", ResponseSize = 3 });
        var response = await call;
        // Assert
        Assert.Equal("hello", response.Text);
        Assert.Equal(3, response.Payload.Length);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task ServerStreaming_Count_StreamsEveryMessage()
    {
        // Arrange
        var client = fixture.CreateClient();
        // Act
        using var call = client.Count(new EchoRequest { Text = "n", Count = 5 });
        var totals = new List<int>();
        await foreach (var message in call.ResponseStream.ReadAllAsync())
        {
            totals.Add(message.Total);
        }
        // Assert
        Assert.Equal([1, 2, 3, 4, 5], totals);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task ClientStreaming_Sum_AddsEveryMessage()
    {
        // Arrange
        var client = fixture.CreateClient();
        // Act
        using var call = client.Sum();
        for (var i = 1; i <= 4; i++)
        {
            await call.RequestStream.WriteAsync(new EchoRequest { Text = $"m{i}", Count = i });
        }
        await call.RequestStream.CompleteAsync();
        var response = await call.ResponseAsync;
        // Assert
        Assert.Equal(10, response.Total);
        Assert.Equal("m1,m2,m3,m4", response.Text);
    }

    [Fact]
    public async Task ClientStreaming_NoMessages_ReturnsEmptySum()
    {
        // Arrange
        var client = fixture.CreateClient();
        // Act
        using var call = client.Sum();
        await call.RequestStream.CompleteAsync();
        var response = await call.ResponseAsync;
        // Assert
        Assert.Equal(0, response.Total);
    }

    [Fact]
    public async Task DuplexStreaming_Chat_AnswersEachMessageInTurn()
    {
        // Arrange
        var client = fixture.CreateClient();
        using var call = client.Chat();
        var totals = new List<int>();
        // Act
        for (var i = 1; i <= 3; i++)
        {
            await call.RequestStream.WriteAsync(new EchoRequest { Text = "c", Count = i });
            Assert.True(await call.ResponseStream.MoveNext());
            totals.Add(call.ResponseStream.Current.Total);
        }
        await call.RequestStream.CompleteAsync();
        var more = await call.ResponseStream.MoveNext();
        // Assert
        Assert.Equal([1, 3, 6], totals);
        Assert.False(more);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task ClientStreaming_ManyMessagesWrittenFasterThanSent_ArriveWholeAndInOrder()
    {
        // Arrange: far more than the 64 KiB the request pipe holds, so writers wait for the sender; a few
        // messages larger than the pipe itself
        var client = fixture.CreateClient();
        using var call = client.Sum();
        var expectedTotal = 0;
        // Act
        for (var i = 1; i <= 20_000; i++)
        {
            var large = i % 5_000 == 0;
            await call.RequestStream.WriteAsync(new EchoRequest
            {
                Text = i % 1_000 == 0 ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
                Count = i % 7,
                Payload = large ? Google.Protobuf.ByteString.CopyFrom(new byte[300_000]) : Google.Protobuf.ByteString.Empty,
            });
            expectedTotal += i % 7;
        }
        await call.RequestStream.CompleteAsync();
        var response = await call.ResponseAsync;
        // Assert
        Assert.Equal(expectedTotal, response.Total);
        Assert.Equal(Enumerable.Range(1, 20).Select(k => (k * 1_000).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            response.Text.Split(',').Where(t => t.Length > 0));
    }

    [Fact]
    public async Task ClientStreaming_ServerFailsMidStream_LaterWriteThrowsTheServersStatus()
    {
        // Arrange: the third message makes the handler fail while the client keeps uploading
        var client = fixture.CreateClient();
        using var call = client.Sum();
        var payload = Google.Protobuf.ByteString.CopyFrom(new byte[1_000]);
        RpcException? thrown = null;
        // Act
        for (var i = 1; i <= 100_000 && thrown is null; i++)
        {
            try
            {
                await call.RequestStream.WriteAsync(new EchoRequest { Payload = payload, FailCode = i == 3 ? (int)StatusCode.InvalidArgument : 0, Text = "bad third" });
            }
            catch (RpcException e)
            {
                thrown = e;
            }
        }
        var outcome = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        // Assert
        Assert.NotNull(thrown);
        Assert.Equal(StatusCode.InvalidArgument, thrown.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, outcome.StatusCode);
    }
}
