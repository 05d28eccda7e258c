using System.Net;
using Conflict.Grpc;
using Conflict.ServiceDefaults;
using Grpc.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProtoServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Conflict.Interop.Server;

/// <summary>
/// Hosts the interop test service on 127.0.0.1 the way every Conflict service is hosted (ServiceDefaults:
/// h2c Kestrel, the gRPC layer with its interceptor, health, reflection v1 and v1alpha).
/// </summary>
internal static class InteropServer
{
    public static readonly ProtoServiceDescriptor TestServiceDescriptor = TestReflection.Descriptor.FindTypeByName<ProtoServiceDescriptor>("TestService");

    public static async Task RunAsync(int port, string? responseCompression)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.AddConflictDefaults(o => o.ServiceName = "interop");
        // The cases fail calls on purpose; the call log would drown the server log the test step prints.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddGrpcLayer(options => options.ResponseCompressionEncoding = responseCompression);
        var app = builder.Build();
        app.MapConflictDefaults();
        app.MapGrpcService<TestServiceImpl>(TestServiceDescriptor);
        await app.StartAsync().ConfigureAwait(false);
        Console.WriteLine($"interop server (Conflict.Grpc) listening on {string.Join(", ", app.Urls)}, response compression {responseCompression ?? "none"}");
        await app.WaitForShutdownAsync().ConfigureAwait(false);
    }
}
