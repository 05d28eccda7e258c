using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.Grpc.Server;

/// <summary>
/// Gets the service implementation for a call: a singleton registration is resolved once from the root
/// provider (no request scope is created for it); other registrations come from the request's scope; an
/// unregistered type is built per call with its constructor's services.
/// </summary>
internal sealed class ServiceActivator<TService>
    where TService : class
{
    private readonly ObjectFactory? _factory;
    private readonly Lazy<TService>? _singleton;

    public ServiceActivator(IServiceProvider root)
    {
        var registered = root.GetService<IServiceProviderIsService>()?.IsService(typeof(TService)) ?? false;
        if (!registered)
        {
            _factory = ActivatorUtilities.CreateFactory(typeof(TService), Type.EmptyTypes);
        }
        else if (ServiceLifetimes.Of(root, typeof(TService)) == ServiceLifetime.Singleton)
        {
            _singleton = new Lazy<TService>(root.GetRequiredService<TService>);
        }
    }

    public TService Create(HttpContext http) =>
        _singleton is not null ? _singleton.Value
        : _factory is null ? http.RequestServices.GetRequiredService<TService>()
        : (TService)_factory(http.RequestServices, null);

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
