using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Status = Grpc.Core.Status;

namespace Conflict.Gateway.Tests.Fakes;

/// <summary>Rich errors as the real services send them (STYLE §6): ErrorInfo, and BadRequest for bad input.</summary>
internal static class FakeErrors
{
    public static RpcException NotFound(string reason, string field, string name) => Rich(Code.NotFound, $"{field} {name} does not exist.", reason, name);

    public static RpcException InvalidArgument(params (string Field, string Description)[] violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        var exception = Rich(Code.InvalidArgument, "The request has invalid fields.", "INVALID_ARGUMENT", "", badRequest);
        return exception;
    }

    public static RpcException Unimplemented(string method) => new(new Status(StatusCode.Unimplemented, method + " is not implemented by the fake."));

    private static RpcException Rich(Code code, string message, string reason, string resource, params Google.Protobuf.IMessage[] extra)
    {
        var info = new ErrorInfo { Reason = reason, Domain = "conflict" };
        if (resource.Length > 0)
        {
            info.Metadata["resource"] = resource;
        }
        var status = new Google.Rpc.Status { Code = (int)code, Message = message, Details = { Any.Pack(info) } };
        status.Details.AddRange(extra.Select(Any.Pack));
        return status.ToRpcException();
    }
}
