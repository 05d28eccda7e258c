using System.Net;
using Conflict.Client.Auth;
using Conflict.ServiceDefaults;
using Conflict.ServiceDefaults.Auth;
using Conflict.ServiceDefaults.Limits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conflict.Bench.Import;

/// <summary>
/// One service on real Kestrel (127.0.0.1, a free port, HTTP/2 cleartext) inside the benchmark process, on the bare
/// Grpc.AspNetCore server: <c>AddConflictDefaults</c> would add console logs, telemetry and the call logging
/// interceptor, which the figures have never included (they measure the service, not its observability). Token
/// authentication, authorization and rate limiting are part of every call, so they are in.
/// </summary>
internal sealed class BenchServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchServer(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The key of this run's servers; <see cref="Admin"/> is what the benchmark's clients present.</summary>
    public static string SigningKey { get; } = ConflictTokens.NewSigningKey();

    public static ClientSecurity Admin { get; } = ClientSecurity.WithToken(ConflictTokens.Create(SigningKey, "bench", ConflictRoles.Admin));

    public string Address { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BenchServer> StartAsync(Action<WebApplicationBuilder> add, Action<WebApplication> map, IDictionary<string, string?> settings)
    {
        var builder = Conflict.ServiceDefaults.ConflictHost.CreateBuilder([]);
        builder.Logging.ClearProviders();
        builder.Configuration["Auth:SigningKey"] = SigningKey;
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.AddConflictAuth("bench").AddConflictLimits();
        add(builder);
        var app = builder.Build();
        app.UseConflictSecurity();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchServer(app, address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
