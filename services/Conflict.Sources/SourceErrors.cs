using System.Diagnostics.CodeAnalysis;
using Conflict.Grpc;
using Conflict.Sources.Writes;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace Conflict.Sources;

/// <summary>
/// Rich errors (STYLE §6): a canonical code, an English message, and a google.rpc.Status carrying an ErrorInfo
/// (reason, domain <c>conflict</c>, the resource in its metadata) and, for bad input, one BadRequest listing every
/// field violation. A private equivalent of the ServiceDefaults helpers, which were not available when this was written.
/// </summary>
internal static class SourceErrors
{
    private const string Domain = "conflict";

    public static void ThrowIfInvalid(IReadOnlyList<FieldProblem> problems, string message = "The request has invalid fields.")
    {
        if (problems.Count > 0)
        {
            throw Create(Code.InvalidArgument, "INVALID_ARGUMENT", message, "", problems, []);
        }
    }

    [DoesNotReturn]
    public static void ThrowNotFound(string id)
        => throw Create(Code.NotFound, "SOURCE_NOT_FOUND", $"Source sources/{id} does not exist.", id, [], []);

    /// <summary>The exception for a write that did not commit.</summary>
    public static RpcException From(WriteResult result, string id)
    {
        var (code, reason) = result.Status switch
        {
            WriteStatus.NotFound => (Code.NotFound, "SOURCE_NOT_FOUND"),
            WriteStatus.IdTaken => (Code.AlreadyExists, "SOURCE_ALREADY_EXISTS"),
            WriteStatus.AliasTaken => (Code.AlreadyExists, "ALIAS_ALREADY_USED"),
            WriteStatus.EtagMismatch => (Code.Aborted, "ETAG_MISMATCH"),
            WriteStatus.Invalid => (Code.InvalidArgument, "INVALID_ARGUMENT"),
            WriteStatus.WrongState => (Code.FailedPrecondition, "SOURCE_STATE"),
            _ => (Code.Internal, "INTERNAL"),
        };
        return Create(code, reason, result.Message, id, result.Problems, result.OtherSources);
    }

    private static RpcException Create(Code code, string reason, string message, string id, IReadOnlyList<FieldProblem> problems, IReadOnlyList<string> others)
    {
        var info = new ErrorInfo { Type = reason, Domain = Domain };
        if (id.Length > 0)
        {
            info.Metadata["resource"] = SourceMapping.NameOf(id);
        }
        if (others.Count > 0)
        {
            info.Metadata["other_sources"] = string.Join(",", others.Select(SourceMapping.NameOf));
        }
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.Add(Any.Pack(info));
        if (problems.Count > 0)
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.AddRange(problems.Select(p => new BadRequest.Types.FieldViolation { Field = p.Field, Description = p.Description }));
            status.Details.Add(Any.Pack(badRequest));
        }
        return new RpcException(status);
    }
}
