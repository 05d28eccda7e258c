using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Conflict.Client.Auth;

/// <summary>
/// Conflict's bearer tokens: JWTs signed with HMAC-SHA256 by a key every service of a suite shares
/// (<c>Auth:SigningKey</c>, base64 of at least 32 random bytes). The subject names the principal recorded as
/// creator or updater; <c>role</c> is one of <see cref="ConflictRoles"/>. A symmetric key suits a suite run by one
/// operator who issues every token (<c>conflict tokens create</c>); an organisation with its own identity provider
/// would configure JwtBearer's authority instead, and the role claim stays the same.
/// </summary>
public static class ConflictTokens
{
    public const string Issuer = "conflict";
    public const string Audience = "conflict";
    public const string RoleClaim = "role";
    public const string NameClaim = "sub";

    /// <summary>Bytes of a generated key: 256 bits, the HMAC-SHA256 block's worth.</summary>
    public const int KeyBytes = 32;

    /// <summary>A new random signing key, base64.</summary>
    public static string NewSigningKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>The key from its base64 text; throws with a message that names the setting when it is unusable.</summary>
    public static SymmetricSecurityKey ParseKey(string base64)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new FormatException("The signing key (Auth:SigningKey) is not base64.");
        }
        if (bytes.Length < KeyBytes)
        {
            throw new FormatException($"The signing key (Auth:SigningKey) has {bytes.Length} bytes; at least {KeyBytes} are needed.");
        }
        return new SymmetricSecurityKey(bytes);
    }

    /// <summary>A signed token for <paramref name="name"/> with <paramref name="role"/>, valid for <paramref name="lifetime"/> (null: no expiry).</summary>
    public static string Create(string signingKey, string name, string role, TimeSpan? lifetime = null, DateTimeOffset? now = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!ConflictRoles.IsKnown(role))
        {
            throw new ArgumentException($"Unknown role '{role}': use {string.Join(", ", ConflictRoles.All)}.", nameof(role));
        }
        var issued = (now ?? DateTimeOffset.UtcNow).UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = issued,
            NotBefore = issued,
            Claims = new Dictionary<string, object>
            {
                [NameClaim] = name,
                [RoleClaim] = role,
                ["jti"] = Guid.NewGuid().ToString("N"),
            },
            SigningCredentials = new SigningCredentials(ParseKey(signingKey), SecurityAlgorithms.HmacSha256),
        };
        if (lifetime is { } span)
        {
            descriptor.Expires = issued + span;
        }
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>What a service accepts: our issuer and audience, this key, HS256, an expiry only when the token has one.</summary>
    public static TokenValidationParameters ValidationParameters(SecurityKey? key) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireExpirationTime = false,
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.FromMinutes(1),
        NameClaimType = NameClaim,
        RoleClaimType = RoleClaim,
    };

    /// <summary>Reads the subject and role of a token it validates with <paramref name="signingKey"/>; null when invalid.</summary>
    public static async Task<ClaimsIdentity?> ValidateAsync(string signingKey, string token)
    {
        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, ValidationParameters(ParseKey(signingKey)));
        return result.IsValid ? result.ClaimsIdentity : null;
    }
}
