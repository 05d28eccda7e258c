using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Conflict.Grpctest.V1;

namespace Conflict.ServiceDefaults.Tests;

/// <summary>The gRPC layer over TLS (HTTP/2 negotiated by ALPN), with a certificate made for the test.</summary>
public sealed class TlsTests
{
    [Fact]
    public async Task Tls_UnaryAndDuplexCalls_WorkOverHttpsWithATrustedCertificate()
    {
        // Arrange
        using var certificate = SelfSignedCertificate();
        await using var server = await TestServerFixture.StartAsync(certificate: certificate);
        using var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) =>
            presented is not null && presented.GetCertHashString() == certificate.GetCertHashString();
        var client = new TestService.TestServiceClient(server.CreateChannel(new GrpcChannelOptions { HttpHandler = handler }));

        // Act
        var echo = await client.EchoAsync(new EchoRequest { Text = "over tls" });
        using var chat = client.Chat();
        await chat.RequestStream.WriteAsync(new EchoRequest { Count = 2 });
        Assert.True(await chat.ResponseStream.MoveNext());
        var total = chat.ResponseStream.Current.Total;
        await chat.RequestStream.CompleteAsync();
        while (await chat.ResponseStream.MoveNext())
        {
        }

        // Assert
        Assert.Equal("https", server.Address.Scheme);
        Assert.Equal("over tls", echo.Text);
        Assert.Equal(2, total);
        Assert.Equal(StatusCode.OK, chat.GetStatus().StatusCode);
    }

    [Fact]
    public async Task Tls_CertificateNotTrusted_FailsNamingTheTlsHandshake()
    {
        // Arrange: the default handler validates against the system's roots, which do not hold this certificate
        using var certificate = SelfSignedCertificate();
        await using var server = await TestServerFixture.StartAsync(certificate: certificate);
        var client = new TestService.TestServiceClient(server.CreateChannel());

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { Text = "x" }));

        // Assert
        Assert.NotEqual(StatusCode.OK, error.StatusCode);
        Assert.Contains("SSL connection could not be established", error.Status.Detail, StringComparison.Ordinal);
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Through PKCS#12 so the private key is usable by the TLS stack, as a certificate loaded from a file would be.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
