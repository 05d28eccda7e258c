using Conflict.Client;
using Conflict.Client.Auth;
using Grpc.Net.Client;

namespace Conflict.Testing;

/// <summary>
/// One service (the assembly of <typeparamref name="TMarker"/>) running on real Kestrel for a test class:
/// 127.0.0.1 on a free port, HTTP/2 cleartext, its data in a temporary directory deleted on dispose.
/// <c>ConnectionStrings:Sources</c>, <c>:Claims</c> and <c>:Reconciliation</c> default to SQLite files in that
/// directory, and <c>Auth:SigningKey</c> is <see cref="TestTokens.SigningKey"/>; override any setting with <see cref="UseSetting"/> before the first use. <see cref="Restart"/>
/// stops the service and starts it again on the same files (the port may change: take new channels).
/// </summary>
public sealed class ServiceHost<TMarker> : IDisposable
    where TMarker : class
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<GrpcChannel> _channels = [];
    private KestrelServiceFactory<TMarker>? _factory;
    private Uri? _address;
    private int _lastPort;

    public ServiceHost()
    {
        DataDirectory = new TempDirectory("conflict-host");
        UseSetting("Auth:SigningKey", TestTokens.SigningKey);
        foreach (var name in new[] { "Sources", "Claims", "Reconciliation" })
        {
            UseDatabase(name);
        }
    }

    public TempDirectory DataDirectory { get; }

    /// <summary>The service's address (http://127.0.0.1:port); starts it if needed.</summary>
    public Uri Address => Start();

    /// <summary>The running service's DI container; starts it if needed.</summary>
    public IServiceProvider Services
    {
        get
        {
            Start();
            return _factory!.Services;
        }
    }

    public bool IsRunning => _factory is not null;

    /// <summary>Sets a configuration value; it applies from the next start.</summary>
    public ServiceHost<TMarker> UseSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Points <c>ConnectionStrings:{name}</c> at a SQLite file in the data directory (name.db, lower-case).</summary>
    public ServiceHost<TMarker> UseDatabase(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return UseSetting($"ConnectionStrings:{name}", $"Data Source={DataDirectory.File(name.ToLowerInvariant() + ".db")}");
    }

    /// <summary>Starts the service if it is not running; returns its address.</summary>
    public Uri Start() => Start(0);

    private Uri Start(int port)
    {
        if (_factory is null)
        {
            var factory = new KestrelServiceFactory<TMarker>(new Dictionary<string, string?>(_settings), port);
            _address = factory.Start();
            _factory = factory;
            _lastPort = _address.Port;
        }
        return _address!;
    }

    /// <summary>Stops the service (graceful shutdown); its data stays for the next start.</summary>
    public void Stop()
    {
        lock (_channels)
        {
            _channels.ForEach(c => c.Dispose());
            _channels.Clear();
        }
        _factory?.Dispose();
        _factory = null;
        _address = null;
    }

    /// <summary>Stops and starts again on the same data; returns the new address.</summary>
    public Uri Restart()
    {
        Stop();
        return Start();
    }

    /// <summary>
    /// Stops (if running) and starts again on the same data and the port it last listened on, so that other services
    /// configured with its address reconnect to it (as after a restart in production).
    /// </summary>
    public Uri RestartOnSamePort()
    {
        var port = _address?.Port ?? _lastPort;
        Stop();
        return Start(port);
    }

    /// <summary>
    /// A channel to the running service, disposed when the service stops. Its calls carry <paramref name="security"/>,
    /// by default the admin token of <see cref="TestTokens"/>.
    /// </summary>
    public GrpcChannel CreateChannel(GrpcChannelOptions? options = null, ClientSecurity? security = null)
    {
        options ??= ChannelDefaults.NewOptions();
        (security ?? TestTokens.As(TestTokens.Admin)).Apply(options, Address);
        var channel = GrpcChannel.ForAddress(Address, options);
        lock (_channels)
        {
            _channels.Add(channel);
        }
        return channel;
    }

    public void Dispose()
    {
        Stop();
        DataDirectory.Dispose();
    }
}
