using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.ServiceDefaults;

/// <summary>
/// Binds generated gRPC services as grpc-dotnet's own binder does (the generated <c>BindService</c>, one invoker
/// per overriding method, the class's and method's attributes as endpoint metadata), with one difference: a request
/// message that cannot be decoded answers INTERNAL, as the gRPC status code guide says, instead of the UNKNOWN
/// "Exception was thrown by handler." that grpc-dotnet gives for any exception its deserializer throws (our fuzz
/// campaign found every undecodable request answered that way). grpc-dotnet offers no hook for this, so the binder
/// is ours; <see cref="DecodeErrors.UseDecodeErrorBinder"/> puts it in place of the default one.
/// </summary>
internal sealed class DecodeErrorMethodProvider<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TService> : IServiceMethodProvider<TService>
    where TService : class
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TService> context)
    {
        var bind = BindMethod(typeof(TService));
        if (bind is not null)
        {
            bind.Invoke(null, [new Binder(context, bind.GetParameters()[1].ParameterType), null]);
        }
    }

    private static MethodInfo? BindMethod(System.Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetCustomAttribute<BindServiceMethodAttribute>(inherit: false) is { } attribute)
            {
                return attribute.BindType.GetMethod(attribute.BindMethodName, BindingFlags.Public | BindingFlags.Static, [typeof(ServiceBinderBase), current]);
            }
        }
        return null;
    }

    /// <summary>The request marshaller of <paramref name="method"/>, with decoding failures turned into INTERNAL.</summary>
    private static Method<TRequest, TResponse> Decoding<TRequest, TResponse>(Method<TRequest, TResponse> method)
    {
        var deserialize = method.RequestMarshaller.ContextualDeserializer;
        var marshaller = new Marshaller<TRequest>(method.RequestMarshaller.ContextualSerializer, context =>
        {
            try
            {
                return deserialize(context);
            }
            catch (InvalidProtocolBufferException e)
            {
                throw new RpcException(new Status(StatusCode.Internal, "The request message could not be decoded: " + e.Message));
            }
        });
        return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, marshaller, method.ResponseMarshaller);
    }

    private sealed class Binder(ServiceMethodProviderContext<TService> context, System.Type declaringType) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
        {
            var (invoker, metadata) = Model<Grpc.AspNetCore.Server.Model.UnaryServerMethod<TService, TRequest, TResponse>>(method.Name, [typeof(TRequest), typeof(ServerCallContext)]);
            context.AddUnaryMethod(Decoding(method), metadata, invoker);
        }

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
        {
            var (invoker, metadata) = Model<Grpc.AspNetCore.Server.Model.ServerStreamingServerMethod<TService, TRequest, TResponse>>(method.Name, [typeof(TRequest), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext)]);
            context.AddServerStreamingMethod(Decoding(method), metadata, invoker);
        }

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
        {
            var (invoker, metadata) = Model<Grpc.AspNetCore.Server.Model.ClientStreamingServerMethod<TService, TRequest, TResponse>>(method.Name, [typeof(IAsyncStreamReader<TRequest>), typeof(ServerCallContext)]);
            context.AddClientStreamingMethod(Decoding(method), metadata, invoker);
        }

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
        {
            var (invoker, metadata) = Model<Grpc.AspNetCore.Server.Model.DuplexStreamingServerMethod<TService, TRequest, TResponse>>(method.Name, [typeof(IAsyncStreamReader<TRequest>), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext)]);
            context.AddDuplexStreamingMethod(Decoding(method), metadata, invoker);
        }

        /// <summary>The open-instance delegate of the service's override of <paramref name="name"/>, and its endpoint metadata.</summary>
        private (TDelegate Invoker, List<object> Metadata) Model<TDelegate>(string name, System.Type[] parameters)
            where TDelegate : Delegate
        {
            var method = typeof(TService).GetMethod(name, BindingFlags.Instance | BindingFlags.Public, null, parameters, null);
            if (method is null || !method.IsVirtual || method.GetBaseDefinition().DeclaringType != declaringType)
            {
                throw new InvalidOperationException($"Could not find the override of '{name}' on {typeof(TService)}.");
            }
            var metadata = new List<object>();
            metadata.AddRange(typeof(TService).GetCustomAttributes(inherit: true));
            metadata.AddRange(method.GetCustomAttributes(inherit: true));
            metadata.Add(new HttpMethodMetadata(["POST"], acceptCorsPreflight: true));
            return (method.CreateDelegate<TDelegate>(), metadata);
        }
    }
}

/// <summary>Registration of <see cref="DecodeErrorMethodProvider{TService}"/>.</summary>
internal static class DecodeErrors
{
    /// <summary>Replaces grpc-dotnet's binder (registered by <c>AddGrpc</c>) with <see cref="DecodeErrorMethodProvider{TService}"/>.</summary>
    public static void UseDecodeErrorBinder(this IServiceCollection services)
    {
        var original = services.FirstOrDefault(d => d.ServiceType == typeof(IServiceMethodProvider<>)
            && d.ImplementationType?.Name == "BinderServiceMethodProvider`1");
        if (original is not null)
        {
            services.Remove(original);
        }
        services.Add(ServiceDescriptor.Singleton(typeof(IServiceMethodProvider<>), typeof(DecodeErrorMethodProvider<>)));
    }
}
