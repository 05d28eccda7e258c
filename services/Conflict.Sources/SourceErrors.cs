using System.Diagnostics.CodeAnalysis;
using Conflict.ServiceDefaults;
using Conflict.Sources.Writes;
using Google.Rpc;
using Grpc.Core;

namespace Conflict.Sources;

/// <summary>
/// The Sources service's errors (STYLE §6), built with <see cref="Errors"/>: canonical code, English message,
/// ErrorInfo naming the resource (and, for an alias in use, the other sources), one BadRequest listing every field.
/// </summary>
internal static class SourceErrors
{
    public static void ThrowIfInvalid(IReadOnlyList<FieldProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw Errors.InvalidArgument(problems.Select(p => (p.Field, p.Description)));
        }
    }

    [DoesNotReturn]
    public static void ThrowNotFound(string id) => throw Errors.NotFound(SourceMapping.NameOf(id));

    /// <summary>The exception for a write that did not commit.</summary>
    public static RpcException From(WriteResult result, string id)
    {
        var (code, reason) = result.Status switch
        {
            WriteStatus.NotFound => (Code.NotFound, "RESOURCE_NOT_FOUND"),
            WriteStatus.IdTaken => (Code.AlreadyExists, "RESOURCE_ALREADY_EXISTS"),
            WriteStatus.AliasTaken => (Code.AlreadyExists, "ALIAS_ALREADY_USED"),
            WriteStatus.EtagMismatch => (Code.Aborted, "ETAG_MISMATCH"),
            WriteStatus.Invalid => (Code.InvalidArgument, "INVALID_ARGUMENT"),
            WriteStatus.WrongState => (Code.FailedPrecondition, "SOURCE_STATE"),
            _ => (Code.Internal, "INTERNAL"),
        };
        var metadata = new Dictionary<string, string>();
        if (id.Length > 0)
        {
            metadata["resource"] = SourceMapping.NameOf(id);
        }
        if (result.OtherSources.Count > 0)
        {
            metadata["other_sources"] = string.Join(",", result.OtherSources.Select(SourceMapping.NameOf));
        }
        if (result.Problems.Count == 0)
        {
            return Errors.Create(code, reason, result.Message, metadata);
        }
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(result.Problems.Select(p => new BadRequest.Types.FieldViolation { Field = p.Field, Description = p.Description }));
        return Errors.Create(code, reason, result.Message, metadata, badRequest);
    }
}
