using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Net;
using Google.Protobuf;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conflict.Bench.Grpc;

/// <summary>
/// One Kestrel (127.0.0.1, h2c) serving the same unary method twice: through Grpc.AspNetCore
/// (<c>/grpc.health.v1.Health/Check</c>) and through a raw handler that frames by hand (<c>/raw.Health/Check</c>).
/// The gRPC server is the bare <c>AddGrpc()</c>, without the suite's interceptors, so the ratio is the framework's.
/// </summary>
internal sealed class BenchServer : IAsyncDisposable
{
    public const string GrpcPath = "/grpc.health.v1.Health/Check";
    public const string RawPath = "/raw.Health/Check";
    private static readonly HealthCheckResponse Serving = new() { Status = HealthCheckResponse.Types.ServingStatus.Serving };
    private readonly WebApplication _app;

    private BenchServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<BenchServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        // A singleton, as the suite registers its RPC classes: no handler object built per call.
        builder.Services.AddSingleton<BenchHealthService>();
        var app = builder.Build();
        app.MapGrpcService<BenchHealthService>();
        app.MapPost(RawPath, RawCheckAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The same work as the gRPC server, by hand: read the whole body, parse, answer one frame, status in trailers.</summary>
    private static async Task RawCheckAsync(HttpContext http)
    {
        var reader = http.Request.BodyReader;
        ReadResult result;
        while (!(result = await reader.ReadAsync(http.RequestAborted).ConfigureAwait(false)).IsCompleted)
        {
            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
        var buffer = result.Buffer;
        var length = ReadLength(buffer);
        HealthCheckRequest.Parser.ParseFrom(buffer.Slice(5, length));
        reader.AdvanceTo(buffer.End);
        http.Response.ContentType = "application/grpc";
        var size = Serving.CalculateSize();
        var span = http.Response.BodyWriter.GetSpan(5 + size);
        span[0] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)size);
        Serving.WriteTo(span.Slice(5, size));
        http.Response.BodyWriter.Advance(5 + size);
        http.Response.AppendTrailer("grpc-status", "0");
    }

    private static int ReadLength(ReadOnlySequence<byte> buffer)
    {
        Span<byte> header = stackalloc byte[5];
        buffer.Slice(0, 5).CopyTo(header);
        return (int)BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
    }
}
