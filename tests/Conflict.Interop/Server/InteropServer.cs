using System.Net;
using Conflict.Grpc;
using Grpc.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProtoServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Conflict.Interop.Server;

/// <summary>Hosts the interop test service, health and reflection on Kestrel, h2c on 127.0.0.1.</summary>
internal static class InteropServer
{
    public static readonly ProtoServiceDescriptor TestServiceDescriptor = TestReflection.Descriptor.FindTypeByName<ProtoServiceDescriptor>("TestService");

    public static async Task RunAsync(int port, string? responseCompression)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpcLayer(options => options.ResponseCompressionEncoding = responseCompression);
        InteropDefaults.Add(builder, TestServiceDescriptor);
        var app = builder.Build();
        app.MapGrpcService<TestServiceImpl>(TestServiceDescriptor);
        InteropDefaults.Map(app);
        await app.StartAsync().ConfigureAwait(false);
        Console.WriteLine($"interop server (Conflict.Grpc) listening on {string.Join(", ", app.Urls)}, response compression {responseCompression ?? "none"}");
        await app.WaitForShutdownAsync().ConfigureAwait(false);
    }
}
