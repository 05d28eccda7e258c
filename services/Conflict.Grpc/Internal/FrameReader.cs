using System.IO.Pipelines;
using Google.Protobuf;

namespace Conflict.Grpc.Internal;

/// <summary>Reads length-prefixed messages from a pipe, used by both the server (request body) and the client (response body).</summary>
internal sealed class FrameReader(PipeReader reader, int? maxSize, string? encoding)
{
    /// <summary>
    /// Reads the whole body of a unary or server-streaming request (one pass, as a hand-written handler would)
    /// and parses its one message; no message, a cut message or a second message are INTERNAL.
    /// </summary>
    public async ValueTask<T> ReadSingleAsync<T>(MessageParser<T> parser, CancellationToken ct)
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
            try
            {
                // Checks the announced size as soon as the header is in, before buffering the rest.
                var complete = MessageFraming.TryReadFrame(buffer, maxSize, out var compressed, out var payload);
                if (result.IsCompleted)
                {
                    return complete && buffer.Length == GrpcProtocol.FrameHeaderSize + payload.Length
                        ? MessageFraming.Parse(parser, payload, compressed, encoding, maxSize)
                        : throw new RpcException(new Status(StatusCode.Internal, SingleMessageProblem(buffer, complete)));
                }
            }
            finally
            {
                if (result.IsCompleted)
                {
                    reader.AdvanceTo(buffer.End);
                }
                else
                {
                    reader.AdvanceTo(buffer.Start, buffer.End);
                }
            }
        }
    }

    private static string SingleMessageProblem(in System.Buffers.ReadOnlySequence<byte> buffer, bool complete) =>
        buffer.IsEmpty ? "Request message was not received."
        : complete ? "Additional data after the request message of a unary call."
        : "Incomplete message: the stream ended inside a message.";

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
