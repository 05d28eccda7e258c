using Conflict.Grpc.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProtoServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Conflict.Grpc;

/// <summary>Registers the gRPC layer and binds service implementations to endpoints.</summary>
public static class GrpcEndpointExtensions
{
    /// <summary>Adds the layer's services and options.</summary>
    public static IServiceCollection AddGrpcLayer(this IServiceCollection services, Action<GrpcServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRouting();
        services.AddOptions<GrpcServerOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }
        services.TryAddSingleton<GrpcServiceRegistry>();
        services.TryAddSingleton(new ServiceLifetimes(services));
        services.TryAddSingleton(sp => new ServerMethodOptions(
            sp.GetRequiredService<IOptions<GrpcServerOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Conflict.Grpc.Server"),
            new InterceptorPipeline(sp.GetRequiredService<IOptions<GrpcServerOptions>>().Value.Interceptors, sp)));
        return services;
    }

    /// <summary>
    /// Binds every method of <paramref name="descriptor"/> to a public method of <typeparamref name="TService"/>
    /// with the same name and one of the four shapes:
    /// <code>
    /// Task&lt;TRes&gt; M(TReq request, ServerCallContext context)                                          // unary
    /// Task M(TReq request, IServerStreamWriter&lt;TRes&gt; responses, ServerCallContext context)           // server streaming
    /// Task&lt;TRes&gt; M(IAsyncStreamReader&lt;TReq&gt; requests, ServerCallContext context)                 // client streaming
    /// Task M(IAsyncStreamReader&lt;TReq&gt; requests, IServerStreamWriter&lt;TRes&gt; responses, ServerCallContext context) // bidi
    /// </code>
    /// Throws at start-up, naming the method, when one is missing or has the wrong shape. The implementation
    /// is resolved from DI per call (register it as scoped or singleton), or created with its constructor's
    /// services when it is not registered.
    /// </summary>
    public static IEndpointConventionBuilder MapGrpcService<TService>(this IEndpointRouteBuilder endpoints, ProtoServiceDescriptor descriptor)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(descriptor);
        var services = endpoints.ServiceProvider;
        var registry = services.GetService<GrpcServiceRegistry>()
            ?? throw new InvalidOperationException("Call services.AddGrpcLayer() before MapGrpcService.");
        var bound = ServiceBinder.Bind<TService>(descriptor, services.GetRequiredService<ServerMethodOptions>(), services);
        registry.Add(descriptor);
        var conventions = bound
            .Select(b => endpoints.MapPost(b.Path, b.Handler).WithDisplayName("gRPC " + b.Path))
            .Cast<IEndpointConventionBuilder>()
            .ToList();
        if (!registry.FallbackMapped)
        {
            registry.FallbackMapped = true;
            var unimplemented = new UnimplementedHandler(registry);
            endpoints.MapPost("{**grpcUnimplementedPath}", unimplemented.HandleAsync)
                .WithDisplayName("gRPC unimplemented")
                .Add(b => ((RouteEndpointBuilder)b).Order = int.MaxValue);
        }
        return new CompositeConventionBuilder(conventions);
    }
}
