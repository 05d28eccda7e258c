using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Conflict.Gateway.Tests.Hosting;

namespace Conflict.Gateway.Tests;

/// <summary>With a TLS endpoint configured, the gateway also speaks HTTP/2 (negotiated by ALPN).</summary>
public sealed class TlsTests(SuiteFixture suite) : IClassFixture<SuiteFixture>
{
    [Fact]
    public async Task Gateway_TlsEndpointConfigured_NegotiatesHttp2()
    {
        // Arrange
        var pfx = Path.Combine(Path.GetTempPath(), $"conflict-gateway-{Guid.NewGuid():N}.pfx");
        using var certificate = SelfSigned();
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test"));
        try
        {
            await using var gateway = await GatewayHost.StartAsync(suite.Sources.Address, suite.Claims.Address, suite.Reconciliation.Address, new Dictionary<string, string?>
            {
                ["Kestrel:Endpoints:Https:Url"] = "https://127.0.0.1:0",
                ["Kestrel:Endpoints:Https:Certificate:Path"] = pfx,
                ["Kestrel:Endpoints:Https:Certificate:Password"] = "test",
            });
            using var handler = new SocketsHttpHandler();
            handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString();
            using var http = new HttpClient(handler) { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
            // Act
            var response = await http.GetAsync(gateway.Address + "/v1/variables");
            // Assert
            Assert.Equal(HttpVersion.Version20, response.Version);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
    }
}
