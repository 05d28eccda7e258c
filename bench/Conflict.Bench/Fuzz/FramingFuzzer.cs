using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;

namespace Conflict.Bench.Fuzz;

/// <summary>
/// Malformed gRPC over raw HTTP/2 (cleartext, prior knowledge): declared lengths longer or shorter than the body,
/// compression flags without or with a broken encoding, unknown flag values, headers cut short, several messages
/// on a unary call, a foreign content type. The server must answer each with a gRPC status (or, for a request
/// that is not gRPC at all, a 4xx), never UNKNOWN, a 5xx or silence.
/// </summary>
internal sealed class FramingFuzzer(Random random, MessageFuzzer messages) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { EnableMultipleHttp2Connections = true })
    {
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = RawCalls.Deadline + RawCalls.Grace,
    };

    public async Task SendAsync(string address, Google.Protobuf.Reflection.MethodDescriptor rpc, string token, FuzzTally tally)
    {
        var variant = random.Next(10);
        var payload = messages.Next(rpc.InputType);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{address}/{rpc.Service.FullName}/{rpc.Name}")
        {
            Content = new ByteArrayContent(Body(variant, payload)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(variant == 8 ? "application/json" : "application/grpc");
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (variant == 3)
        {
            request.Headers.Add("grpc-encoding", "gzip");
        }
        var kind = "framing/" + variant;
        try
        {
            using var response = await _http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            var status = response.TrailingHeaders.TryGetValues("grpc-status", out var t) ? t.First()
                : response.Headers.TryGetValues("grpc-status", out var h) ? h.First() : null;
            var handled = status is null
                ? (int)response.StatusCode is >= 400 and < 500
                : response.StatusCode == HttpStatusCode.OK && status != "2" && status != "15";
            tally.Outcome(kind, handled, $"HTTP {(int)response.StatusCode}, grpc-status {status ?? "none"}");
        }
        catch (TaskCanceledException)
        {
            tally.Hang(kind, $"no answer in {_http.Timeout.TotalSeconds} s");
        }
        catch (HttpRequestException e)
        {
            // The server reset the stream (a protocol error on our side); it answered, and stays up.
            tally.Outcome(kind, handled: true, e.Message);
        }
    }

    private byte[] Body(int variant, byte[] payload)
    {
        var flag = variant switch { 2 or 3 => (byte)1, 4 => (byte)random.Next(2, 256), _ => (byte)0 };
        var declared = variant switch
        {
            0 => payload.Length + random.Next(1, 1000),
            1 => Math.Max(0, payload.Length - random.Next(1, 10)),
            6 => int.MaxValue,
            _ => payload.Length,
        };
        var frame = new byte[5 + payload.Length];
        frame[0] = flag;
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1), declared);
        payload.CopyTo(frame, 5);
        return variant switch
        {
            5 => frame[..random.Next(0, 5)],
            9 => [.. frame, .. frame],
            _ => frame,
        };
    }

    public void Dispose() => _http.Dispose();
}
