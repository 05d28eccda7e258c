using Microsoft.Extensions.DependencyInjection;

namespace Conflict.Grpc.Server;

/// <summary>
/// Remembers the application's service registrations (captured by <c>AddGrpcLayer</c>) so the layer can tell a
/// singleton, which it may resolve once, from a scoped or transient service, which needs the request's scope.
/// </summary>
internal sealed class ServiceLifetimes(IServiceCollection services)
{
    private IServiceCollection Services { get; } = services;

    public static ServiceLifetime? Of(IServiceProvider root, Type type)
    {
        var registrations = root.GetService<ServiceLifetimes>()?.Services;
        return registrations?.LastOrDefault(d => d.ServiceType == type && !d.IsKeyedService)?.Lifetime;
    }
}
