using Conflict.Client;
using Conflict.Client.Auth;
using Code = Google.Rpc.Code;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Conflict.ServiceDefaults.Auth;

/// <summary>
/// What a refused call gets: gRPC clients UNAUTHENTICATED (no valid token) or PERMISSION_DENIED (a token whose role
/// is too weak), HTTP clients 401 or 403 as problem+json, both saying which role the call needs and, for a rejected
/// token, why it was rejected. Without this, the middleware's plain 401 would reach a gRPC client as
/// "Bad gRPC response" with no reason.
/// </summary>
internal sealed class AuthorizationFailureWriter(IOptions<AuthOptions> options, SigningKeyHolder key) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            return _default.HandleAsync(next, context, policy, authorizeResult);
        }
        var authenticated = context.User.Identity?.IsAuthenticated == true;
        var required = RequiredRole(policy);
        var error = authenticated ? Denied(context, required) : Unauthenticated(context, required);
        if (GrpcStatusResponse.IsGrpc(context.Request))
        {
            return GrpcStatusResponse.WriteAsync(context.Response, error);
        }
        return WriteProblemAsync(context.Response, error);
    }

    private RpcException Unauthenticated(HttpContext context, string required)
    {
        var failure = context.TokenFailure();
        string message;
        string reason;
        if (failure is not null)
        {
            reason = "TOKEN_REJECTED";
            message = key.Key is null
                ? "The bearer token cannot be checked: this service has no signing key (set Auth:SigningKey or Auth:SigningKeyFile)."
                : $"The bearer token was rejected: {FirstSentence(failure)}";
        }
        else
        {
            reason = "TOKEN_MISSING";
            message = required == ConflictRoles.Reader
                ? $"Reading needs a bearer token with a role (reads without one are allowed {AnonymousScope()})."
                : $"This call needs a bearer token with role {required} or stronger (Authorization: Bearer <token>); none was sent.";
        }
        return Errors.Create(Code.Unauthenticated, reason, message, new Dictionary<string, string> { ["required_role"] = required });
    }

    private static RpcException Denied(HttpContext context, string required)
    {
        var name = context.User.Identity?.Name ?? "the caller";
        var role = context.User.FindFirst(ConflictTokens.RoleClaim)?.Value ?? "none";
        return Errors.Create(Code.PermissionDenied, "ROLE_TOO_WEAK", $"'{name}' has role {role}; this call needs {required} or stronger.",
            new Dictionary<string, string> { ["required_role"] = required, ["role"] = role, ["principal"] = name });
    }

    private string AnonymousScope() => options.Value.Reads switch
    {
        ReadAccess.Loopback => "only from this machine",
        ReadAccess.Open => "from anywhere",
        _ => "nowhere on this service",
    };

    private static string RequiredRole(AuthorizationPolicy policy)
    {
        var roles = policy.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>()
            .SelectMany(r => r.AllowedRoles).ToHashSet(StringComparer.Ordinal);
        return ConflictRoles.All.FirstOrDefault(roles.Contains) ?? ConflictRoles.Reader;
    }

    private static string FirstSentence(string message)
    {
        // IdentityModel messages start with a code ("IDX10223: Lifetime validation failed. ...") and go on at length.
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        message = message.StartsWith("IDX", StringComparison.Ordinal) && colon > 0 ? message[(colon + 2)..] : message;
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }

    private static Task WriteProblemAsync(HttpResponse response, RpcException error)
    {
        var unauthenticated = error.StatusCode == StatusCode.Unauthenticated;
        var info = error.GetErrorInfo();
        return new Problem
        {
            Type = info?.Reason ?? (unauthenticated ? "UNAUTHENTICATED" : "PERMISSION_DENIED"),
            Title = unauthenticated ? "Unauthorized" : "Forbidden",
            Status = unauthenticated ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden,
            Detail = error.Status.Detail,
            Code = unauthenticated ? "UNAUTHENTICATED" : "PERMISSION_DENIED",
            Domain = info?.Domain,
            Metadata = info?.Metadata.ToDictionary(p => p.Key, p => p.Value),
        }.WriteAsync(response, response.HttpContext.RequestAborted);
    }
}
