using Microsoft.Extensions.DependencyInjection;

namespace Conflict.Grpc.Server;

/// <summary>Gets the service implementation for a call: from DI when registered, else built with its constructor's services.</summary>
internal sealed class ServiceActivator<TService>
    where TService : class
{
    private readonly ObjectFactory? _factory;

    public ServiceActivator(IServiceProvider root)
    {
        var registered = root.GetService<IServiceProviderIsService>()?.IsService(typeof(TService)) ?? false;
        _factory = registered ? null : ActivatorUtilities.CreateFactory(typeof(TService), Type.EmptyTypes);
    }

    public TService Create(IServiceProvider services) =>
        _factory is null ? services.GetRequiredService<TService>() : (TService)_factory(services, null);

    /// <summary>Disposes instances this activator created; DI owns the others.</summary>
    public ValueTask ReleaseAsync(TService service)
    {
        if (_factory is null)
        {
            return default;
        }
        if (service is IAsyncDisposable asyncDisposable)
        {
            return asyncDisposable.DisposeAsync();
        }
        (service as IDisposable)?.Dispose();
        return default;
    }
}
