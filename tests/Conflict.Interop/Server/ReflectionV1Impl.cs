using Conflict.Grpc;
using Grpc.Reflection.V1;

namespace Conflict.Interop.Server;

/// <summary>grpc.reflection.v1.ServerReflection: list_services, file_by_filename, file_containing_symbol.</summary>
internal sealed class ReflectionV1Impl(ServiceCatalog catalog)
{
    public async Task ServerReflectionInfo(IAsyncStreamReader<ServerReflectionRequest> requests, IServerStreamWriter<ServerReflectionResponse> responses, ServerCallContext context)
    {
        while (await requests.MoveNext(context.CancellationToken).ConfigureAwait(false))
        {
            await responses.WriteAsync(Answer(catalog, requests.Current), context.CancellationToken).ConfigureAwait(false);
        }
    }

    public static ServerReflectionResponse Answer(ServiceCatalog catalog, ServerReflectionRequest request)
    {
        var response = new ServerReflectionResponse { ValidHost = request.Host, OriginalRequest = request };
        switch (request.MessageRequestCase)
        {
            case ServerReflectionRequest.MessageRequestOneofCase.ListServices:
                response.ListServicesResponse = new ListServiceResponse { Service = { catalog.ServiceNames.Select(n => new ServiceResponse { Name = n }) } };
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingSymbol:
                SetFiles(response, catalog.FileContainingSymbol(request.FileContainingSymbol), request.FileContainingSymbol);
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileByFilename:
                SetFiles(response, catalog.FileByName(request.FileByFilename), request.FileByFilename);
                break;
            default:
                response.ErrorResponse = new ErrorResponse { ErrorCode = (int)StatusCode.Unimplemented, ErrorMessage = $"{request.MessageRequestCase} is not supported" };
                break;
        }
        return response;
    }

    private static void SetFiles(ServerReflectionResponse response, IReadOnlyList<Google.Protobuf.ByteString>? files, string wanted)
    {
        if (files is null)
        {
            response.ErrorResponse = new ErrorResponse { ErrorCode = (int)StatusCode.NotFound, ErrorMessage = $"{wanted} not found" };
            return;
        }
        response.FileDescriptorResponse = new FileDescriptorResponse { FileDescriptorProto = { files } };
    }
}
