using Conflict.Client;
using Conflict.Gateway.Backends;
using Conflict.Gateway.Rpc;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Conflict.ServiceDefaults;

namespace Conflict.Gateway.Errors;

/// <summary>Turns failures into problems: gRPC statuses with their rich details, and bad HTTP requests.</summary>
internal static class ProblemMapper
{
    public const string UnavailableReason = "SERVICE_UNAVAILABLE";

    public static Problem FromRpc(RpcException e, Backend? backend, string? address, string? instance)
    {
        var info = e.GetErrorInfo();
        var badRequest = e.GetBadRequest();
        var code = GrpcHttpStatus.Name(e.StatusCode);
        var service = backend?.ToString().ToLowerInvariant();
        var unreachable = info is null && e.StatusCode is StatusCode.Unavailable;
        return new Problem
        {
            Type = info?.Reason is { Length: > 0 } reason ? reason : unreachable ? UnavailableReason : code,
            Title = unreachable ? "Service unavailable" : Title(code),
            Status = GrpcHttpStatus.ToHttp(e.StatusCode),
            Detail = unreachable
                ? $"The {service ?? "backend"} service at {address} is not answering ({e.Status.Detail}). Retry later."
                : e.Status.Detail,
            Instance = instance,
            Code = code,
            Domain = info?.Domain is { Length: > 0 } domain ? domain : null,
            Metadata = info?.Metadata.Count > 0 ? new Dictionary<string, string>(info.Metadata) : null,
            FieldViolations = badRequest?.FieldViolations.Count > 0
                ? [.. badRequest.FieldViolations.Select(v => new FieldViolation(v.Field, v.Description))]
                : null,
            Service = service,
        };
    }

    public static Problem BadRequest(string type, IReadOnlyList<FieldViolation> violations, string detail, string? instance) => new()
    {
        Type = type,
        Title = "Invalid argument",
        Status = 400,
        Detail = detail,
        Instance = instance,
        Code = GrpcHttpStatus.Name(StatusCode.InvalidArgument),
        FieldViolations = violations,
    };

    public static Problem FromBinding(RequestBindingException e, string? instance)
        => BadRequest("INVALID_REQUEST", [new FieldViolation(e.Field, e.Description)], e.Message, instance);

    public static Problem FromJson(Exception e, string? instance)
        => BadRequest("INVALID_JSON", [new FieldViolation("body", e.Message)], "The request is not valid proto3 JSON: " + e.Message, instance);

    public static Problem Internal(string? instance) => new()
    {
        Type = "INTERNAL",
        Title = "Internal error",
        Status = 500,
        Detail = "The gateway failed to handle the request; the error is logged.",
        Instance = instance,
        Code = GrpcHttpStatus.Name(StatusCode.Internal),
    };

    public static Problem NotFound(string detail, string? instance) => new()
    {
        Type = "NOT_FOUND",
        Title = "Not found",
        Status = 404,
        Detail = detail,
        Instance = instance,
        Code = GrpcHttpStatus.Name(StatusCode.NotFound),
    };

    /// <summary>"NOT_FOUND" → "Not found".</summary>
    private static string Title(string code) => code[..1] + code[1..].Replace('_', ' ').ToLowerInvariant();

}
