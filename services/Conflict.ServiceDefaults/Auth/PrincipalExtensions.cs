using Grpc.Core;
using Code = Google.Rpc.Code;

namespace Conflict.ServiceDefaults.Auth;

/// <summary>
/// The principal a write is recorded under (creator, updater): the subject (<c>sub</c>) of the caller's token. The
/// adapter reads it and hands it to the domain as a plain string, so that the domain never sees the transport.
/// </summary>
public static class PrincipalExtensions
{
    /// <summary>
    /// The caller's principal name. Writes require a token, so there is one; a token that names no subject is refused
    /// rather than recorded as nobody.
    /// </summary>
    public static string PrincipalName(this ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.GetHttpContext().User.Identity?.Name;
        return string.IsNullOrWhiteSpace(name)
            ? throw Errors.Create(Code.Unauthenticated, "TOKEN_SUBJECT_MISSING", "The bearer token names no principal (claim sub); writes are recorded under it.")
            : name;
    }
}
