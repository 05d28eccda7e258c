using System.Net;
using Conflict.Client.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Conflict.ServiceDefaults.Auth;

/// <summary>The requirement of <see cref="ConflictPolicies.Read"/>.</summary>
internal sealed class ReadAccessRequirement : IAuthorizationRequirement;

/// <summary>
/// Grants reading to a token with any role, and without a token as <see cref="AuthOptions.Reads"/> allows. A token
/// that was sent but failed validation is refused even where anonymous reads pass: the caller meant to be someone,
/// and silently reading as nobody would hide an expired or foreign token.
/// </summary>
internal sealed class ReadAccessHandler(IOptions<AuthOptions> options) : AuthorizationHandler<ReadAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadAccessRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            if (ConflictRoles.All.Any(context.User.IsInRole))
            {
                context.Succeed(requirement);
            }
            return Task.CompletedTask;
        }
        if (context.Resource is HttpContext http && !TokenFailed(http) && AnonymousAllowed(http))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }

    private bool AnonymousAllowed(HttpContext http) => options.Value.Reads switch
    {
        ReadAccess.Open => true,
        ReadAccess.Loopback => http.Connection.RemoteIpAddress is { } address
            && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address),
        _ => false,
    };

    private static bool TokenFailed(HttpContext http) => http.TokenFailure() is not null;
}
