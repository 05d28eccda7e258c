using Conflict.Grpc;
using Google.Protobuf;
using Grpc.Reflection.V1Alpha;
using V1 = Grpc.Reflection.V1;

namespace Conflict.Interop.Server;

/// <summary>
/// grpc.reflection.v1alpha.ServerReflection. Its messages are wire-identical to v1's, so each request is
/// re-read as v1, answered by <see cref="ReflectionV1Impl"/>, and the answer re-read as v1alpha.
/// </summary>
internal sealed class ReflectionV1AlphaImpl(ServiceCatalog catalog)
{
    public async Task ServerReflectionInfo(IAsyncStreamReader<ServerReflectionRequest> requests, IServerStreamWriter<ServerReflectionResponse> responses, ServerCallContext context)
    {
        while (await requests.MoveNext(context.CancellationToken).ConfigureAwait(false))
        {
            var request = V1.ServerReflectionRequest.Parser.ParseFrom(requests.Current.ToByteString());
            var answer = ReflectionV1Impl.Answer(catalog, request);
            await responses.WriteAsync(ServerReflectionResponse.Parser.ParseFrom(answer.ToByteString()), context.CancellationToken).ConfigureAwait(false);
        }
    }
}
