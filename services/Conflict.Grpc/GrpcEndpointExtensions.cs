using ProtoServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.Grpc;

/// <summary>Registers the gRPC layer and binds service implementations to endpoints.</summary>
public static class GrpcEndpointExtensions
{
    /// <summary>Adds the layer's services and options.</summary>
    public static IServiceCollection AddGrpcLayer(this IServiceCollection services, Action<GrpcServerOptions>? configure = null)
        => throw new NotImplementedException();

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
        => throw new NotImplementedException();
}
