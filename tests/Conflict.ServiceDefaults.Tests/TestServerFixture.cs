using Conflict.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.ServiceDefaults.Tests;

/// <summary>The echo service on real Kestrel with Grpc.AspNetCore's defaults.</summary>
internal static class TestServerFixture
{
    /// <summary>Starts a server with the echo service, over TLS when given a certificate.</summary>
    public static Task<GrpcTestServer> StartAsync(System.Security.Cryptography.X509Certificates.X509Certificate2? certificate = null) =>
        GrpcTestServer.StartAsync(builder => builder.Services.AddGrpc(), app => app.MapGrpcService<EchoService>(), certificate);
}
