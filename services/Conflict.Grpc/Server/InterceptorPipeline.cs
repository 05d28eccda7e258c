using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.Grpc.Server;

/// <summary>
/// Runs the configured <see cref="ServerInterceptor"/>s around a handler, first one outermost. Interceptors
/// registered in DI are resolved per call; others are created once with their constructor's services.
/// </summary>
internal sealed class InterceptorPipeline
{
    private readonly Func<HttpContext, ServerInterceptor>[] _factories;

    public InterceptorPipeline(IEnumerable<Type> types, IServiceProvider root)
    {
        var isService = root.GetService<IServiceProviderIsService>();
        _factories = types.Select(type => CreateFactory(type, root, isService)).ToArray();
    }

    public bool IsEmpty => _factories.Length == 0;

    public Task RunAsync(ServerCallContext context, HttpContext http, Func<Task> handler)
    {
        var next = handler;
        for (var i = _factories.Length - 1; i >= 0; i--)
        {
            var interceptor = _factories[i](http);
            var inner = next;
            next = () => interceptor.InterceptAsync(context, inner);
        }
        return next();
    }

    private static Func<HttpContext, ServerInterceptor> CreateFactory(Type type, IServiceProvider root, IServiceProviderIsService? isService)
    {
        if (!typeof(ServerInterceptor).IsAssignableFrom(type))
        {
            throw new InvalidOperationException($"Interceptor type {type.FullName} does not derive from {nameof(ServerInterceptor)}.");
        }
        if (isService?.IsService(type) == true && ServiceLifetimes.Of(root, type) != ServiceLifetime.Singleton)
        {
            return http => (ServerInterceptor)http.RequestServices.GetRequiredService(type);
        }
        if (isService?.IsService(type) == true)
        {
            var singleton = new Lazy<ServerInterceptor>(() => (ServerInterceptor)root.GetRequiredService(type));
            return _ => singleton.Value;
        }
        var shared = new Lazy<ServerInterceptor>(() => (ServerInterceptor)ActivatorUtilities.CreateInstance(root, type));
        return _ => shared.Value;
    }
}
