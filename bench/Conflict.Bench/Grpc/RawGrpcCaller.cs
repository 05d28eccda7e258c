using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Grpc.Health.V1;

namespace Conflict.Bench.Grpc;

/// <summary>
/// The load generator's client for (a) and (b): a raw HttpClient on ONE HTTP/2 connection sending a pre-framed
/// request, reading the body to its end and checking <c>grpc-status: 0</c> in the trailers.
/// </summary>
internal sealed class RawGrpcCaller : IDisposable
{
    private static readonly MediaTypeHeaderValue GrpcContentType = new("application/grpc");
    private readonly HttpMessageInvoker _invoker = new(new SocketsHttpHandler
    {
        EnableMultipleHttp2Connections = false,
        UseProxy = false,
        UseCookies = false,
    });
    private readonly byte[] _frame = Frame(new HealthCheckRequest { Service = "" });

    public async Task<bool> CallAsync(Uri uri)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(_frame),
        };
        request.Content.Headers.ContentType = GrpcContentType;
        request.Headers.TryAddWithoutValidation("te", "trailers");
        using var response = await _invoker.SendAsync(request, CancellationToken.None).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        var buffer = new byte[64];
        var total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer.AsMemory(Math.Min(total, 32))).ConfigureAwait(false)) > 0)
        {
            total += read;
        }
        return total > 5 && response.TrailingHeaders.TryGetValues("grpc-status", out var status) && status.First() == "0";
    }

    public void Dispose() => _invoker.Dispose();

    private static byte[] Frame(IMessage message)
    {
        var payload = message.ToByteArray();
        var frame = new byte[5 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)payload.Length);
        payload.CopyTo(frame, 5);
        return frame;
    }
}
