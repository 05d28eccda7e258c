using Microsoft.Extensions.Logging;

namespace Conflict.Grpc.Server;

/// <summary>What every method handler of an application shares: options, logger, interceptors.</summary>
internal sealed class ServerMethodOptions(GrpcServerOptions server, ILogger logger, InterceptorPipeline interceptors)
{
    public GrpcServerOptions Server { get; } = server;

    public ILogger Logger { get; } = logger;

    public InterceptorPipeline Interceptors { get; } = interceptors;
}
