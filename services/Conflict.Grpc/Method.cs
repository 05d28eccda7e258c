using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Conflict.Grpc;

/// <summary>A client-side method: its full name, kind and message parsers, built from its descriptor.</summary>
public sealed class Method<TRequest, TResponse>
    where TRequest : IMessage<TRequest>
    where TResponse : IMessage<TResponse>
{
    internal Method(MethodType type, string serviceName, string name, MessageParser<TResponse> responseParser)
    {
        Type = type;
        ServiceName = serviceName;
        Name = name;
        ResponseParser = responseParser;
    }

    public MethodType Type { get; }

    /// <summary>Fully-qualified service name, e.g. <c>conflict.sources.v1.SourcesService</c>.</summary>
    public string ServiceName { get; }

    /// <summary>Method name, e.g. <c>GetSource</c>.</summary>
    public string Name { get; }

    /// <summary>The HTTP/2 path, <c>/service/method</c>.</summary>
    public string FullName => $"/{ServiceName}/{Name}";

    public MessageParser<TResponse> ResponseParser { get; }
}

/// <summary>Builds client-side methods from descriptors.</summary>
public static class Method
{
    /// <summary>
    /// Builds the method from its protobuf descriptor; throws when the message types do not match
    /// the descriptor's input and output types.
    /// </summary>
    public static Method<TRequest, TResponse> Create<TRequest, TResponse>(MethodDescriptor descriptor)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (descriptor.InputType.ClrType != typeof(TRequest) || descriptor.OutputType.ClrType != typeof(TResponse))
        {
            throw new ArgumentException($"Method {descriptor.FullName} takes {descriptor.InputType.FullName} and returns {descriptor.OutputType.FullName}, not {typeof(TRequest).Name} and {typeof(TResponse).Name}.", nameof(descriptor));
        }
        var type = (descriptor.IsClientStreaming, descriptor.IsServerStreaming) switch
        {
            (false, false) => MethodType.Unary,
            (true, false) => MethodType.ClientStreaming,
            (false, true) => MethodType.ServerStreaming,
            _ => MethodType.DuplexStreaming,
        };
        return new Method<TRequest, TResponse>(type, descriptor.Service.FullName, descriptor.Name, (MessageParser<TResponse>)descriptor.OutputType.Parser);
    }
}
