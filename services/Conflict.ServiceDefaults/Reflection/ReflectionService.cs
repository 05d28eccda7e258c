using Conflict.Grpc;
using Google.Protobuf;
using Grpc.Reflection.V1;

namespace Conflict.ServiceDefaults.Reflection;

/// <summary>
/// <c>grpc.reflection.v1.ServerReflection</c> over the services this application has mapped: lists them and
/// serves their descriptor files with every dependency, so grpcurl and other tools can call them.
/// </summary>
internal sealed class ReflectionService(GrpcServiceRegistry registry)
{
    public async Task ServerReflectionInfo(IAsyncStreamReader<ServerReflectionRequest> requests, IServerStreamWriter<ServerReflectionResponse> responses, ServerCallContext context)
    {
        while (await requests.MoveNext(context.CancellationToken).ConfigureAwait(false))
        {
            await responses.WriteAsync(Answer(requests.Current), context.CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Answers one request; shared with the v1alpha service, whose messages are wire-identical.</summary>
    public ServerReflectionResponse Answer(ServerReflectionRequest request)
    {
        var index = new DescriptorIndex(registry.Services);
        var response = new ServerReflectionResponse { ValidHost = request.Host, OriginalRequest = request };
        switch (request.MessageRequestCase)
        {
            case ServerReflectionRequest.MessageRequestOneofCase.ListServices:
                response.ListServicesResponse = new ListServiceResponse();
                response.ListServicesResponse.Service.AddRange(index.Services.Select(name => new ServiceResponse { Name = name }));
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileByFilename:
                SetFiles(response, index.FindFile(request.FileByFilename), $"File '{request.FileByFilename}' not found.");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingSymbol:
                SetFiles(response, index.FindSymbol(request.FileContainingSymbol), $"Symbol '{request.FileContainingSymbol}' not found.");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.AllExtensionNumbersOfType when index.IsMessage(request.AllExtensionNumbersOfType):
                response.AllExtensionNumbersResponse = new ExtensionNumberResponse { BaseTypeName = request.AllExtensionNumbersOfType };
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.AllExtensionNumbersOfType:
                SetError(response, StatusCode.NotFound, $"Type '{request.AllExtensionNumbersOfType}' not found.");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingExtension:
                SetError(response, StatusCode.NotFound, $"Extension {request.FileContainingExtension.ExtensionNumber} of '{request.FileContainingExtension.ContainingType}' not found.");
                break;
            default:
                SetError(response, StatusCode.Unimplemented, "Request is not supported.");
                break;
        }
        return response;
    }

    private static void SetFiles(ServerReflectionResponse response, Google.Protobuf.Reflection.FileDescriptor? file, string notFound)
    {
        if (file is null)
        {
            SetError(response, StatusCode.NotFound, notFound);
            return;
        }
        response.FileDescriptorResponse = new FileDescriptorResponse();
        response.FileDescriptorResponse.FileDescriptorProto.AddRange(DescriptorIndex.WithDependencies(file).Select(f => f.SerializedData));
    }

    private static void SetError(ServerReflectionResponse response, StatusCode code, string message) =>
        response.ErrorResponse = new ErrorResponse { ErrorCode = (int)code, ErrorMessage = message };
}
