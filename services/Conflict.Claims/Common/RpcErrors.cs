using Conflict.Grpc;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace Conflict.Claims.Common;

/// <summary>
/// Builds the service's failures (STYLE §6): a canonical code, an English message and a google.rpc.Status with
/// an ErrorInfo (reason, domain <c>conflict</c>, resource) and, for bad input, one BadRequest listing every field.
/// </summary>
internal static class RpcErrors
{
    public static RpcException InvalidArgument(IReadOnlyList<FieldProblem> problems)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.Add(problems.Select(p => new BadRequest.Types.FieldViolation { Field = p.Field, Description = p.Description }));
        var message = problems.Count == 1
            ? $"Invalid {problems[0].Field}: {problems[0].Description}"
            : $"The request has {problems.Count} invalid fields; the first is {problems[0].Field}: {problems[0].Description}";
        return Build(Code.InvalidArgument, "INVALID_ARGUMENT", message, "", badRequest);
    }

    public static RpcException InvalidArgument(string field, string description) => InvalidArgument([new FieldProblem(field, description)]);

    public static RpcException NotFound(string resource) => Build(Code.NotFound, "NOT_FOUND", $"{resource} does not exist.", resource);

    public static RpcException FailedPrecondition(string reason, string message, string resource) => Build(Code.FailedPrecondition, reason, message, resource);

    public static RpcException AlreadyExists(string resource) => Build(Code.AlreadyExists, "ALREADY_EXISTS", $"{resource} already exists.", resource);

    public static RpcException Aborted(string resource) => Build(Code.Aborted, "STALE_ETAG", $"{resource} changed since it was read; read it again.", resource);

    public static RpcException Unavailable(string message) => Build(Code.Unavailable, "SOURCES_UNAVAILABLE", message, "");

    private static RpcException Build(Code code, string reason, string message, string resource, BadRequest? badRequest = null)
    {
        var info = new ErrorInfo { Type = reason, Domain = "conflict" };
        if (resource.Length > 0)
        {
            info.Metadata.Add("resource", resource);
        }
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.Add(Any.Pack(info));
        if (badRequest is not null)
        {
            status.Details.Add(Any.Pack(badRequest));
        }
        return new RpcException(status);
    }
}
