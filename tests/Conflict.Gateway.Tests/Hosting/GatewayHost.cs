using System.Net.Http.Headers;
using Conflict.ServiceDefaults;
using Conflict.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Conflict.Gateway.Tests.Hosting;

/// <summary>The gateway on real Kestrel, HTTP/1.1 on 127.0.0.1, composed exactly as Program.cs does.</summary>
internal sealed class GatewayHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GatewayHost(WebApplication app, string address)
    {
        _app = app;
        Address = address;
        Http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Admin);
    }

    public string Address { get; }

    /// <summary>A client of the gateway that presents the admin token of <see cref="TestTokens"/>.</summary>
    public HttpClient Http { get; }

    public static async Task<GatewayHost> StartAsync(string sources, string claims, string reconciliation, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Services:Sources"] = sources,
            ["Services:Claims"] = claims,
            ["Services:Reconciliation"] = reconciliation,
            ["Auth:SigningKey"] = TestTokens.SigningKey,
        });
        if (settings is null)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.AddConflictDefaults(o => o.Http2Only = false);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddGateway();
        var app = builder.Build();
        app.MapGateway();
        await app.StartAsync();
        return new GatewayHost(app, app.Urls.First());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
