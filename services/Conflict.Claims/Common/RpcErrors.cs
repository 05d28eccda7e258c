using Conflict.ServiceDefaults;
using Google.Rpc;
using Grpc.Core;

namespace Conflict.Claims.Common;

/// <summary>The service's failures (STYLE §6), built with ServiceDefaults' <see cref="Errors"/>.</summary>
internal static class RpcErrors
{
    public static RpcException InvalidArgument(IReadOnlyList<FieldProblem> problems) => Errors.InvalidArgument(problems.Select(p => (p.Field, p.Description)));

    public static RpcException InvalidArgument(string field, string description) => Errors.InvalidArgument(field, description);

    public static RpcException NotFound(string resource) => Errors.NotFound(resource);

    public static RpcException FailedPrecondition(string reason, string message, string resource) => Errors.FailedPrecondition(reason, message, Resource(resource));

    public static RpcException AlreadyExists(string resource) => Errors.AlreadyExists(resource, $"{resource} already exists.");

    public static RpcException Aborted(string resource) => Errors.Aborted("CONCURRENT_WRITE", $"{resource} changed since it was read; read it again and retry.", Resource(resource));

    public static RpcException Unavailable(string message) => Errors.Unavailable(message, "SOURCES_UNAVAILABLE");

    public static RpcException Unimplemented(string message) => Errors.Create(Code.Unimplemented, "NOT_IMPLEMENTED", message);

    private static Dictionary<string, string> Resource(string resource) => new() { ["resource"] = resource };
}
