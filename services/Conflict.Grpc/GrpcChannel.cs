using System.Collections.Concurrent;
using Conflict.Grpc.Client;

namespace Conflict.Grpc;

/// <summary>
/// A client channel to one server over HTTP/2: <c>http://</c> addresses use cleartext h2c, <c>https://</c> TLS.
/// Cheap to share; dispose it to close its connections.
/// </summary>
public sealed class GrpcChannel : IDisposable
{
    private readonly ConcurrentDictionary<string, Uri> _methodUris = new(StringComparer.Ordinal);
    private readonly string _baseAddress;

    private GrpcChannel(Uri address, GrpcChannelOptions options)
    {
        if (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"Address '{address}' must use http:// (h2c) or https://.", nameof(address));
        }
        Address = address;
        Options = options;
        _baseAddress = address.GetLeftPart(UriPartial.Path).TrimEnd('/');
        HttpInvoker = new HttpMessageInvoker(options.HttpHandler ?? CreateDefaultHandler(), disposeHandler: options.HttpHandler is null);
    }

    public Uri Address { get; }

    public GrpcChannelOptions Options { get; }

    internal HttpMessageInvoker HttpInvoker { get; }

    internal bool IsDisposed { get; private set; }

    public static GrpcChannel ForAddress(string address, GrpcChannelOptions? options = null) => ForAddress(new Uri(address), options);

    public static GrpcChannel ForAddress(Uri address, GrpcChannelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new(address, options ?? new GrpcChannelOptions());
    }

    public CallInvoker CreateCallInvoker() => new HttpCallInvoker(this);

    public void Dispose()
    {
        if (!IsDisposed)
        {
            IsDisposed = true;
            HttpInvoker.Dispose();
        }
    }

    internal Uri GetMethodUri(string fullName) =>
        _methodUris.GetOrAdd(fullName, static (name, baseAddress) => new Uri(baseAddress + name), _baseAddress);

    /// <summary>HTTP/2 with several connections when one's stream limit is reached, and keep-alive pings.</summary>
    private static SocketsHttpHandler CreateDefaultHandler() => new()
    {
        EnableMultipleHttp2Connections = true,
        KeepAlivePingDelay = TimeSpan.FromSeconds(60),
        KeepAlivePingTimeout = TimeSpan.FromSeconds(20),
        KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
        PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        ConnectTimeout = TimeSpan.FromSeconds(20),
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        UseCookies = false,
        UseProxy = false,
    };
}
