using Conflict.Grpc;

namespace Conflict.Interop.Server;

/// <summary>The "Echo Metadata" server feature: the echo keys come back as a header and as a trailer.</summary>
internal static class InteropMetadata
{
    public const string EchoInitial = "x-grpc-test-echo-initial";
    public const string EchoTrailing = "x-grpc-test-echo-trailing-bin";

    public static async Task EchoAsync(ServerCallContext context)
    {
        if (context.RequestHeaders.GetValue(EchoInitial) is { } initial)
        {
            await context.WriteResponseHeadersAsync(new Metadata { { EchoInitial, initial } }).ConfigureAwait(false);
        }
        if (context.RequestHeaders.GetValueBytes(EchoTrailing) is { } trailing)
        {
            context.ResponseTrailers.Add(EchoTrailing, trailing);
        }
    }
}
