using Conflict.Grpc;
using Google.Protobuf;
using Alpha = Grpc.Reflection.V1Alpha;
using V1 = Grpc.Reflection.V1;

namespace Conflict.ServiceDefaults.Reflection;

/// <summary>
/// <c>grpc.reflection.v1alpha.ServerReflection</c>, which older tools still ask for. Its messages have the same
/// fields and numbers as v1, so each request is re-read as v1 and each answer re-read as v1alpha.
/// </summary>
internal sealed class ReflectionV1AlphaService(ReflectionService reflection)
{
    public async Task ServerReflectionInfo(IAsyncStreamReader<Alpha.ServerReflectionRequest> requests, IServerStreamWriter<Alpha.ServerReflectionResponse> responses, ServerCallContext context)
    {
        while (await requests.MoveNext(context.CancellationToken).ConfigureAwait(false))
        {
            var request = V1.ServerReflectionRequest.Parser.ParseFrom(requests.Current.ToByteString());
            var answer = reflection.Answer(request);
            await responses.WriteAsync(Alpha.ServerReflectionResponse.Parser.ParseFrom(answer.ToByteString()), context.CancellationToken).ConfigureAwait(false);
        }
    }
}
