using Conflict.Grpc;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace Conflict.Interop.Server;

/// <summary>
/// The rich error every Conflict interop server answers a UnaryCall carrying <c>x-conflict-rich-error: 1</c>
/// with (the same in clients/python/interop_support.py and clients/node/interop_extra.js).
/// </summary>
internal static class RichError
{
    public const string RequestKey = "x-conflict-rich-error";
    public const string Message = "rich error requested";
    public const string Reason = "INTEROP_RICH_ERROR";
    public const string Domain = "conflict";
    public const string Field = "payload";
    public const string FieldDescription = "rich error requested by metadata";

    public static RpcException Create()
    {
        // ErrorInfo field 1 is `Type` in Google.Api.CommonProtos 2.0.0 and `reason` in today's proto.
        var info = new ErrorInfo { Type = Reason, Domain = Domain, Metadata = { ["case"] = "rich_error_details" } };
        var badRequest = new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = Field, Description = FieldDescription } } };
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = Message,
            Details = { Any.Pack(info), Any.Pack(badRequest) },
        };
        return new RpcException(status);
    }
}
