using System.Buffers;
using System.IO.Compression;

namespace Conflict.Grpc.Internal;

/// <summary>gzip for message payloads (the compressed flag is per message; the encoding per call).</summary>
internal static class MessageCompression
{
    public static byte[] Compress(ReadOnlySpan<byte> payload)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(payload);
        }
        return output.ToArray();
    }

    /// <summary>Decompresses; throws <see cref="RpcException"/> RESOURCE_EXHAUSTED beyond <paramref name="maxSize"/>.</summary>
    public static byte[] Decompress(ReadOnlySequence<byte> payload, int? maxSize)
    {
        using var input = new MemoryStream(payload.ToArray());
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (maxSize is { } max && output.Length > max)
                {
                    throw new RpcException(new Status(StatusCode.ResourceExhausted, $"Received decompressed message larger than max ({output.Length} vs. {max})."));
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new RpcException(new Status(StatusCode.Internal, "Could not decompress the gzip message: " + ex.Message));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return output.ToArray();
    }
}
