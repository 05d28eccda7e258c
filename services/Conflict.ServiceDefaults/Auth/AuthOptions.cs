namespace Conflict.ServiceDefaults.Auth;

/// <summary>Who may read (writes always need a token with a role).</summary>
public enum ReadAccess
{
    /// <summary>Anyone connecting from this machine; a token with a role from anywhere else (the default).</summary>
    Loopback,

    /// <summary>Anyone who can reach the port (a suite behind a private network or a proxy that authenticates).</summary>
    Open,

    /// <summary>Only a token with a role.</summary>
    Authenticated,
}

/// <summary>The <c>Auth</c> section: the key tokens are signed with, and who may read.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The suite's signing key, base64 (<c>conflict up</c> writes one to its data directory).</summary>
    public string? SigningKey { get; set; }

    /// <summary>A file holding the signing key, read at start; used when <see cref="SigningKey"/> is not set.</summary>
    public string? SigningKeyFile { get; set; }

    public ReadAccess Reads { get; set; } = ReadAccess.Loopback;

    /// <summary>The key from <see cref="SigningKey"/> or <see cref="SigningKeyFile"/>; null when neither is set.</summary>
    public string? LoadSigningKey()
    {
        if (!string.IsNullOrWhiteSpace(SigningKey))
        {
            return SigningKey.Trim();
        }
        if (string.IsNullOrWhiteSpace(SigningKeyFile))
        {
            return null;
        }
        if (!File.Exists(SigningKeyFile))
        {
            throw new InvalidOperationException($"Auth:SigningKeyFile names '{SigningKeyFile}', which does not exist.");
        }
        return File.ReadAllText(SigningKeyFile).Trim();
    }
}
