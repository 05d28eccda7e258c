using Conflict.Client.Auth;

namespace Conflict.ServiceDefaults.Auth;

/// <summary>
/// A service's own identity toward the others (<c>service:claims</c>, role reader: services only read from each
/// other), as a token it signs itself with the suite's key and renews before it expires.
/// </summary>
public sealed class ServiceIdentity
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);
    private readonly string? _key;
    private readonly Lock _gate = new();
    private (string Token, DateTimeOffset Expires)? _current;

    internal ServiceIdentity(string serviceName, SigningKeyHolder key)
    {
        Name = "service:" + serviceName;
        _key = key.Text;
    }

    public string Name { get; }

    /// <summary>A valid token, or null when the suite has no signing key (calls then go without one).</summary>
    public string? Token()
    {
        if (_key is null)
        {
            return null;
        }
        lock (_gate)
        {
            var now = DateTimeOffset.UtcNow;
            if (_current is not { } current || current.Expires - now < RenewBefore)
            {
                _current = (ConflictTokens.Create(_key, Name, ConflictRoles.Reader, Lifetime, now), now + Lifetime);
            }
            return _current.Value.Token;
        }
    }
}
