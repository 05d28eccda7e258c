namespace Conflict.Grpc;

/// <summary>
/// A client channel to one server over HTTP/2: <c>http://</c> addresses use cleartext h2c, <c>https://</c> TLS.
/// Cheap to share; dispose it to close its connections.
/// </summary>
public sealed class GrpcChannel : IDisposable
{
    private GrpcChannel(Uri address, GrpcChannelOptions options)
    {
        Address = address;
        Options = options;
    }

    public Uri Address { get; }

    public GrpcChannelOptions Options { get; }

    public static GrpcChannel ForAddress(string address, GrpcChannelOptions? options = null) => ForAddress(new Uri(address), options);

    public static GrpcChannel ForAddress(Uri address, GrpcChannelOptions? options = null) => new(address, options ?? new GrpcChannelOptions());

    public CallInvoker CreateCallInvoker() => throw new NotImplementedException();

    public void Dispose()
    {
    }
}
