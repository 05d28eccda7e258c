using System.Text.Json;
using System.Text.Json.Serialization;

using Microsoft.AspNetCore.Http;

namespace Conflict.ServiceDefaults;

/// <summary>
/// An RFC 7807 problem, the one shape of every HTTP error the suite writes (the gateway, and the services' own
/// authorization and rate-limit refusals to HTTP callers). <see cref="Type"/> is the ErrorInfo reason
/// (<c>SOURCE_NOT_FOUND</c>), so clients switch on it; <see cref="Code"/> is the gRPC code name. This is a plain
/// record, not a generated message, so System.Text.Json writes it.
/// </summary>
public sealed record Problem
{
    public const string ContentType = "application/problem+json";

    public required string Type { get; init; }

    public required string Title { get; init; }

    public required int Status { get; init; }

    public string? Detail { get; init; }

    public string? Instance { get; init; }

    public required string Code { get; init; }

    public string? Domain { get; init; }

    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    public IReadOnlyList<FieldViolation>? FieldViolations { get; init; }

    /// <summary>The service behind the gateway that answered (or failed to), e.g. <c>reconciliation</c>.</summary>
    public string? Service { get; init; }

    /// <summary>Per-service readiness, on <c>/readyz</c> problems.</summary>
    public IReadOnlyDictionary<string, string>? Services { get; init; }

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public Task WriteAsync(HttpResponse response, CancellationToken ct)
    {
        response.StatusCode = Status;
        response.ContentType = ContentType;
        if (Status == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = "Bearer"; // RFC 9110: a 401 names the scheme that would succeed
        }
        return response.WriteAsync(ToJson(), ct);
    }
}
