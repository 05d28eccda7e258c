using System.Buffers.Binary;
using System.Net;
using Google.Protobuf;

namespace Conflict.Grpc.Tests;

/// <summary>A raw HttpClient peer, to check the exact bytes and headers our server puts on the wire.</summary>
internal static class RawGrpc
{
    public sealed record Response(HttpResponseMessage Message, byte[] Body)
    {
        public string? Header(string name) =>
            Message.Headers.TryGetValues(name, out var values) ? values.First()
            : Message.Content.Headers.TryGetValues(name, out var content) ? content.First() : null;

        public string? Trailer(string name) => Message.TrailingHeaders.TryGetValues(name, out var values) ? values.First() : null;
    }

    public static byte[] Frame(IMessage message, bool compressedFlag = false, byte[]? payload = null)
    {
        var bytes = payload ?? message.ToByteArray();
        var frame = new byte[5 + bytes.Length];
        frame[0] = compressedFlag ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)bytes.Length);
        bytes.CopyTo(frame, 5);
        return frame;
    }

    public static async Task<Response> SendAsync(Uri address, string path, byte[] body, string contentType = "application/grpc", params (string Name, string Value)[] headers)
    {
        using var client = new HttpClient(new SocketsHttpHandler());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new Response(response, bytes);
    }
}
