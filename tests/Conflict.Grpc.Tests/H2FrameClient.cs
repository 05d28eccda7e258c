using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace Conflict.Grpc.Tests;

/// <summary>
/// Speaks just enough HTTP/2 over a socket to send one request and list the frames of its response, so a
/// test can check frame types and flags (what HttpClient hides). Headers go out as HPACK literals.
/// </summary>
internal sealed class H2FrameClient : IAsyncDisposable
{
    public const byte Data = 0x0, Headers = 0x1, Settings = 0x4, EndStream = 0x1, EndHeaders = 0x4;
    private readonly TcpClient _tcp = new();
    private NetworkStream? _stream;

    public sealed record Frame(byte Type, byte Flags, int StreamId, byte[] Payload);

    public async Task ConnectAsync(Uri address)
    {
        await _tcp.ConnectAsync(address.Host, address.Port);
        _stream = _tcp.GetStream();
        await _stream.WriteAsync("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"u8.ToArray());
        await WriteFrameAsync(Settings, 0, 0, []);
    }

    /// <summary>Sends a request on stream 1: HEADERS, then one DATA frame with END_STREAM.</summary>
    public async Task SendRequestAsync(Uri address, string path, byte[] body)
    {
        var block = new MemoryStream();
        foreach (var (name, value) in new[] { (":method", "POST"), (":scheme", "http"), (":path", path), (":authority", address.Authority), ("content-type", "application/grpc"), ("te", "trailers") })
        {
            block.WriteByte(0x00); // literal header field without indexing, new name
            WriteString(block, name);
            WriteString(block, value);
        }
        await WriteFrameAsync(Headers, EndHeaders, 1, block.ToArray());
        await WriteFrameAsync(Data, EndStream, 1, body);
    }

    /// <summary>Reads frames until stream 1 ends; acknowledges the server's SETTINGS on the way.</summary>
    public async Task<List<Frame>> ReadStreamAsync(CancellationToken ct)
    {
        var frames = new List<Frame>();
        while (true)
        {
            var header = new byte[9];
            await _stream!.ReadExactlyAsync(header, ct);
            var length = (header[0] << 16) | (header[1] << 8) | header[2];
            var frame = new Frame(header[3], header[4], BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(5)) & 0x7FFFFFFF, new byte[length]);
            await _stream.ReadExactlyAsync(frame.Payload, ct);
            if (frame.Type == Settings && (frame.Flags & 0x1) == 0)
            {
                await WriteFrameAsync(Settings, 0x1, 0, []);
            }
            if (frame.StreamId != 1)
            {
                continue;
            }
            frames.Add(frame);
            if ((frame.Flags & EndStream) != 0)
            {
                return frames;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _tcp.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WriteFrameAsync(byte type, byte flags, int streamId, byte[] payload)
    {
        var frame = new byte[9 + payload.Length];
        frame[0] = (byte)(payload.Length >> 16);
        frame[1] = (byte)(payload.Length >> 8);
        frame[2] = (byte)payload.Length;
        frame[3] = type;
        frame[4] = flags;
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(5), streamId);
        payload.CopyTo(frame, 9);
        await _stream!.WriteAsync(frame);
    }

    private static void WriteString(MemoryStream block, string value)
    {
        var bytes = Encoding.ASCII.GetBytes(value);
        block.WriteByte((byte)bytes.Length); // every string here is shorter than 127 bytes; no Huffman
        block.Write(bytes);
    }
}
