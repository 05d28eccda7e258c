namespace Conflict.ServiceDefaults.Auth;

/// <summary>
/// The authorization policies of every service. A service class carries <c>[Authorize(Policy = Read)]</c> and each
/// method that changes data adds <c>[Authorize(Policy = Write)]</c> or <c>Admin</c>: the rule sits next to the RPC.
/// Health and reflection carry none and stay open, as load balancers and tools expect.
/// </summary>
public static class ConflictPolicies
{
    /// <summary>Reading: see <see cref="ReadAccess"/>.</summary>
    public const string Read = "conflict.read";

    /// <summary>Creating and changing records: role writer or admin.</summary>
    public const string Write = "conflict.write";

    /// <summary>Deleting sources and changing the catalog: role admin.</summary>
    public const string Admin = "conflict.admin";
}
