using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Status = Google.Rpc.Status;

namespace Conflict.ServiceDefaults;

/// <summary>
/// Builds the errors services throw: an <see cref="RpcException"/> whose google.rpc.Status carries an ErrorInfo
/// (reason in UPPER_SNAKE_CASE, domain <c>conflict</c>, metadata such as the resource name) and, for bad input,
/// one BadRequest listing every field violation (AIP-193).
/// </summary>
public static partial class Errors
{
    public const string Domain = "conflict";

    /// <summary>INVALID_ARGUMENT with every violation in one BadRequest.</summary>
    public static RpcException InvalidArgument(IEnumerable<(string Field, string Description)> violations, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var list = violations.ToList();
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(list.Take(MaxViolations).Select(v => new BadRequest.Types.FieldViolation { Field = Bounded(v.Field, 200), Description = Bounded(v.Description, 500) }));
        message ??= "Invalid request: " + string.Join("; ", list.Take(MaxViolations).Select(v => $"{Bounded(v.Field, 200)} {Bounded(v.Description, 500)}"));
        return Create(Code.InvalidArgument, "INVALID_ARGUMENT", message, null, badRequest);
    }

    /// <summary>INVALID_ARGUMENT for one field.</summary>
    public static RpcException InvalidArgument(string field, string description) => InvalidArgument([(field, description)]);

    /// <summary>NOT_FOUND for a resource name such as <c>sources/abc</c>.</summary>
    public static RpcException NotFound(string resourceName) =>
        Create(Code.NotFound, "RESOURCE_NOT_FOUND", $"Resource '{resourceName}' was not found.", new Dictionary<string, string> { ["resource"] = resourceName });

    public static RpcException AlreadyExists(string resourceName, string message) =>
        Create(Code.AlreadyExists, "RESOURCE_ALREADY_EXISTS", message, new Dictionary<string, string> { ["resource"] = resourceName });

    /// <summary>FAILED_PRECONDITION: the system is not in the state the call needs (the caller should not retry as is).</summary>
    public static RpcException FailedPrecondition(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null) =>
        Create(Code.FailedPrecondition, reason, message, metadata);

    /// <summary>ABORTED: a concurrency conflict (etag mismatch, transaction abort); retry the read-modify-write.</summary>
    public static RpcException Aborted(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null) =>
        Create(Code.Aborted, reason, message, metadata);

    /// <summary>UNAVAILABLE: transient; the caller may retry with backoff.</summary>
    public static RpcException Unavailable(string message, string reason = "UNAVAILABLE", IReadOnlyDictionary<string, string>? metadata = null) =>
        Create(Code.Unavailable, reason, message, metadata);

    /// <summary>Any status with an ErrorInfo and optional further details.</summary>
    public static RpcException Create(Code code, string reason, string message, IReadOnlyDictionary<string, string>? metadata = null, params IMessage[] details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (!ReasonPattern().IsMatch(reason))
        {
            throw new ArgumentException($"Error reason '{reason}' must be UPPER_SNAKE_CASE.", nameof(reason));
        }
        var info = new ErrorInfo { Reason = reason, Domain = Domain };
        if (metadata is not null)
        {
            foreach (var (key, value) in metadata)
            {
                info.Metadata[key] = Bounded(value, 500);
            }
        }
        var status = new Status { Code = (int)code, Message = Bounded(message, MaxMessage) };
        status.Details.Add(Any.Pack(info));
        status.Details.AddRange(details.Select(Any.Pack));
        return status.ToRpcException();
    }

    /// <summary>
    /// An error travels in HTTP/2 headers (grpc-message, grpc-status-details-bin), which clients cap at 64 KiB in
    /// all: messages that quote the caller's input are cut, or a 100,000-character bad value would make the answer
    /// itself unreadable (the fuzz campaign found this).
    /// </summary>
    private const int MaxMessage = 4000;

    private const int MaxViolations = 50;

    private static string Bounded(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex ReasonPattern();
}
