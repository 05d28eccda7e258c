using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Net.Client;

namespace Conflict.Client.Auth;

/// <summary>
/// What a client presents and trusts: a bearer token for every call (read each time, so a service's own identity can
/// be renewed), and the certificate authority of a suite's TLS endpoints when it is not one the system trusts
/// (<c>conflict up --tls</c> makes one under its data directory).
/// </summary>
public sealed record ClientSecurity
{
    public static ClientSecurity None { get; } = new();

    /// <summary>The bearer token to send, or null for none.</summary>
    public Func<string?>? Token { get; init; }

    /// <summary>A PEM file of the certificate authority that signs the services' certificates.</summary>
    public string? CaCertificateFile { get; init; }

    public static ClientSecurity WithToken(string? token, string? caFile = null) =>
        new() { Token = token is null ? null : () => token, CaCertificateFile = caFile };

    /// <summary>
    /// Adds the token as call credentials. Tokens also travel over cleartext HTTP/2: that is how the suite runs on one
    /// machine without TLS, where the connection never leaves loopback; anywhere else, configure TLS.
    /// </summary>
    public void Apply(GrpcChannelOptions options, Uri address)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(address);
        if (CaCertificateFile is not null && options.HttpHandler is null)
        {
            options.HttpHandler = TrustingHandler(CaCertificateFile);
            options.DisposeHttpClient = true;
        }
        if (Token is not { } token)
        {
            return;
        }
        var call = CallCredentials.FromInterceptor((_, metadata) =>
        {
            if (token() is { Length: > 0 } value)
            {
                metadata.Add("authorization", "Bearer " + value);
            }
            return Task.CompletedTask;
        });
        var secure = address.Scheme == Uri.UriSchemeHttps;
        options.Credentials = ChannelCredentials.Create(secure ? ChannelCredentials.SecureSsl : ChannelCredentials.Insecure, call);
        options.UnsafeUseInsecureChannelCallCredentials = !secure;
    }

    /// <summary>An HTTP/2 handler that accepts exactly the certificates <paramref name="caFile"/> signed (and the system's own).</summary>
    public static SocketsHttpHandler TrustingHandler(string caFile)
    {
        var authority = X509CertificateLoader.LoadCertificateFromFile(caFile);
        var handler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
            errors == SslPolicyErrors.None || (certificate is not null && IsSignedBy(certificate, authority, errors));
        return handler;
    }

    private static bool IsSignedBy(X509Certificate certificate, X509Certificate2 authority, SslPolicyErrors errors)
    {
        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return false;
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var presented = new X509Certificate2(certificate);
        return chain.Build(presented);
    }
}
