using Conflict.Client.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Conflict.ServiceDefaults.Auth;

/// <summary>The suite's signing key, loaded once at start (null when none is configured: every write is then refused).</summary>
internal sealed class SigningKeyHolder(IOptions<AuthOptions> options)
{
    private readonly Lazy<string?> _text = new(options.Value.LoadSigningKey);

    public string? Text => _text.Value;

    public SecurityKey? Key => Text is null ? null : ConflictTokens.ParseKey(Text);
}
