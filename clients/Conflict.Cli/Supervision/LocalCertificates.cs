using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Conflict.Cli.Supervision;

/// <summary>
/// The local certificate authority of <c>conflict up --tls</c> and the one server certificate it signs for
/// <c>localhost</c> and <c>127.0.0.1</c>, as PEM files under <c>&lt;data-dir&gt;/tls</c>: Kestrel loads the server's,
/// every client (the services', the CLI's, grpcio's <c>root_certificates</c>) trusts the CA's. Made once and kept;
/// remade when the server certificate is within a month of expiring.
/// </summary>
internal static class LocalCertificates
{
    private static readonly TimeSpan Validity = TimeSpan.FromDays(365);

    public static string CaFile(string dataDirectory) => Path.Combine(dataDirectory, "tls", "ca.pem");

    public static string ServerCertificateFile(string dataDirectory) => Path.Combine(dataDirectory, "tls", "server.pem");

    public static string ServerKeyFile(string dataDirectory) => Path.Combine(dataDirectory, "tls", "server.key");

    public static void Ensure(string dataDirectory)
    {
        if (File.Exists(ServerCertificateFile(dataDirectory)) && File.Exists(CaFile(dataDirectory))
            && X509CertificateLoader.LoadCertificateFromFile(ServerCertificateFile(dataDirectory)).NotAfter > DateTime.Now.AddDays(30))
        {
            return;
        }
        Directory.CreateDirectory(Path.Combine(dataDirectory, "tls"));
        var now = DateTimeOffset.UtcNow.AddMinutes(-5);
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Conflict local CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var ca = caRequest.CreateSelfSigned(now, now + Validity + TimeSpan.FromDays(1));

        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        using var server = request.Create(ca, now, now + Validity, RandomNumberGenerator.GetBytes(16));

        File.WriteAllText(CaFile(dataDirectory), ca.ExportCertificatePem());
        File.WriteAllText(ServerCertificateFile(dataDirectory), server.ExportCertificatePem() + "\n" + ca.ExportCertificatePem());
        File.WriteAllText(ServerKeyFile(dataDirectory), serverKey.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(ServerKeyFile(dataDirectory), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
