using Conflict.Client;
using Conflict.Client.Auth;

namespace Conflict.Testing;

/// <summary>
/// The signing key every test host is configured with (<c>Auth:SigningKey</c>) and tokens signed with it. Test
/// clients carry <see cref="Admin"/> unless a test is about who may do what.
/// </summary>
public static class TestTokens
{
    /// <summary>32 fixed bytes, base64: tests need no secret, only a key the hosts and clients share.</summary>
    public const string SigningKey = "Y29uZmxpY3QtdGVzdC1zaWduaW5nLWtleS0zMi1ieXRlcyE=";

    private static readonly Lazy<string> AdminToken = new(() => Create("test-admin", ConflictRoles.Admin));

    public static string Admin => AdminToken.Value;

    public static string Create(string name, string role, TimeSpan? lifetime = null) => ConflictTokens.Create(SigningKey, name, role, lifetime);

    /// <summary>Channel options (the suite's defaults) whose calls carry the admin token, for a channel to <c>http://</c>.</summary>
    public static Grpc.Net.Client.GrpcChannelOptions AdminOptions()
    {
        var options = ChannelDefaults.NewOptions();
        As(Admin).Apply(options, new Uri("http://localhost"));
        return options;
    }

    /// <summary>Client security that sends <paramref name="token"/>.</summary>
    public static ClientSecurity As(string? token) => ClientSecurity.WithToken(token);
}
