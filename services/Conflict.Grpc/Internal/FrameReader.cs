using System.IO.Pipelines;
using Google.Protobuf;

namespace Conflict.Grpc.Internal;

/// <summary>Reads length-prefixed messages from a pipe, used by both the server (request body) and the client (response body).</summary>
internal sealed class FrameReader(PipeReader reader, int? maxSize, string? encoding)
{
    /// <summary>The next message, or default at the end of the stream.</summary>
    public async ValueTask<T?> ReadAsync<T>(MessageParser<T> parser, CancellationToken ct)
        where T : IMessage<T>
    {
        while (true)
        {
            var result = await reader.ReadAsync(ct).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (result.IsCanceled)
            {
                throw new OperationCanceledException(ct);
            }
            bool complete;
            bool compressed;
            System.Buffers.ReadOnlySequence<byte> payload;
            try
            {
                complete = MessageFraming.TryReadFrame(buffer, maxSize, out compressed, out payload);
            }
            catch
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                throw;
            }
            if (complete)
            {
                try
                {
                    return MessageFraming.Parse(parser, payload, compressed, encoding, maxSize);
                }
                finally
                {
                    reader.AdvanceTo(payload.End);
                }
            }
            if (result.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                return buffer.IsEmpty ? default : throw new RpcException(new Status(StatusCode.Internal, "Incomplete message: the stream ended inside a message."));
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
