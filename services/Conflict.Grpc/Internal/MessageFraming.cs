using System.Buffers;
using System.Buffers.Binary;
using Google.Protobuf;

namespace Conflict.Grpc.Internal;

/// <summary>The length-prefixed message: 1-byte compressed flag, 4-byte big-endian length, payload.</summary>
internal static class MessageFraming
{
    /// <summary>Up to this size a message is written into one contiguous span; larger ones go segment by segment.</summary>
    private const int SmallMessage = 16 * 1024;

    /// <summary>
    /// Finds a whole frame at the start of <paramref name="buffer"/>. Throws RESOURCE_EXHAUSTED as soon as the
    /// header announces more than <paramref name="maxSize"/>, before the payload arrives.
    /// </summary>
    public static bool TryReadFrame(in ReadOnlySequence<byte> buffer, int? maxSize, out bool compressed, out ReadOnlySequence<byte> payload)
    {
        compressed = false;
        payload = default;
        if (buffer.Length < GrpcProtocol.FrameHeaderSize)
        {
            return false;
        }
        Span<byte> header = stackalloc byte[GrpcProtocol.FrameHeaderSize];
        buffer.Slice(0, GrpcProtocol.FrameHeaderSize).CopyTo(header);
        if (header[0] > 1)
        {
            throw new RpcException(new Status(StatusCode.Internal, $"Invalid compressed flag {header[0]} in message frame."));
        }
        var length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        if (length > (uint)(maxSize ?? int.MaxValue))
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted, $"Received message larger than max ({length} vs. {maxSize})."));
        }
        if (buffer.Length - GrpcProtocol.FrameHeaderSize < length)
        {
            return false;
        }
        compressed = header[0] == 1;
        payload = buffer.Slice(GrpcProtocol.FrameHeaderSize, length);
        return true;
    }

    /// <summary>Parses a payload, decompressing it when flagged; bad bytes become INTERNAL.</summary>
    public static T Parse<T>(MessageParser<T> parser, in ReadOnlySequence<byte> payload, bool compressed, string? encoding, int? maxSize)
        where T : IMessage<T>
    {
        try
        {
            if (!compressed)
            {
                return parser.ParseFrom(payload);
            }
            if (encoding is null || !encoding.Equals(GrpcProtocol.Gzip, StringComparison.OrdinalIgnoreCase))
            {
                throw new RpcException(new Status(StatusCode.Internal, $"Compressed message received but the message encoding is '{encoding ?? GrpcProtocol.Identity}'."));
            }
            return parser.ParseFrom(MessageCompression.Decompress(payload, maxSize));
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new RpcException(new Status(StatusCode.Internal, "Failed to deserialize message: " + ex.Message));
        }
    }

    /// <summary>Writes one frame to <paramref name="writer"/>, serializing straight into its buffers when plain.</summary>
    public static void Write(IBufferWriter<byte> writer, IMessage message, bool compress, int? maxSize)
    {
        var size = message.CalculateSize();
        // An empty message goes plain even on a compressed call (the flag is per message): .NET 10's GZipStream
        // writes nothing at all for empty input (dotnet/runtime#66449), and a compressed flag on zero bytes is not
        // gzip; grpc-js fails such a call with INTERNAL "Failed to decompress gzip-encoded message".
        if (!compress || size == 0)
        {
            CheckSendSize(size, maxSize);
            if (size <= SmallMessage)
            {
                var span = writer.GetSpan(GrpcProtocol.FrameHeaderSize + size);
                span[0] = 0;
                BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)size);
                message.WriteTo(span.Slice(GrpcProtocol.FrameHeaderSize, size));
                writer.Advance(GrpcProtocol.FrameHeaderSize + size);
                return;
            }
            WriteHeader(writer, compressed: false, size);
            message.WriteTo(writer);
            return;
        }
        var compressed = MessageCompression.Compress(message.ToByteArray());
        CheckSendSize(compressed.Length, maxSize);
        WriteHeader(writer, compressed: true, compressed.Length);
        writer.Write(compressed);
    }

    /// <summary>One frame as a new array (client requests).</summary>
    public static byte[] ToArray(IMessage message, bool compress, int? maxSize)
    {
        var buffer = new ArrayBufferWriter<byte>(GrpcProtocol.FrameHeaderSize + message.CalculateSize());
        Write(buffer, message, compress, maxSize);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteHeader(IBufferWriter<byte> writer, bool compressed, int length)
    {
        var span = writer.GetSpan(GrpcProtocol.FrameHeaderSize);
        span[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)length);
        writer.Advance(GrpcProtocol.FrameHeaderSize);
    }

    private static void CheckSendSize(int size, int? maxSize)
    {
        if (maxSize is { } max && size > max)
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted, $"Sending message larger than max ({size} vs. {max})."));
        }
    }
}
