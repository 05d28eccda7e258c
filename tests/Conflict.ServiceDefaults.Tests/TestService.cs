using Conflict.Grpctest.V1;
using Google.Protobuf;

namespace Conflict.ServiceDefaults.Tests;

/// <summary>The test service: each request field asks for one behaviour (see test_service.proto).</summary>
internal sealed class EchoService : TestService.TestServiceBase
{
    public override async Task<EchoResponse> Echo(EchoRequest request, ServerCallContext context)
    {
        await BehaveAsync(request, context);
        foreach (var entry in context.RequestHeaders.Where(e => e.Key.StartsWith("x-", StringComparison.Ordinal)))
        {
            if (entry.IsBinary)
            {
                context.ResponseTrailers.Add(entry.Key, entry.ValueBytes!);
            }
            else
            {
                context.ResponseTrailers.Add(entry.Key, entry.Value!);
            }
        }
        if (context.RequestHeaders.GetValue("x-send-headers") is { } header)
        {
            await context.WriteResponseHeadersAsync(new Metadata { { "x-response-header", header } });
        }
        return new EchoResponse { Text = request.Text, Payload = ByteString.CopyFrom(new byte[request.ResponseSize]) };
    }

    public override async Task Count(EchoRequest request, IServerStreamWriter<EchoResponse> responses, ServerCallContext context)
    {
        for (var i = 1; i <= request.Count; i++)
        {
            await responses.WriteAsync(new EchoResponse { Text = request.Text, Total = i }, context.CancellationToken);
            if (request.DelayMs > 0)
            {
                await DelayAsync(request.DelayMs, context);
            }
        }
        if (request.FailCode != 0)
        {
            throw new RpcException(new Status((StatusCode)request.FailCode, request.Text));
        }
    }

    public override async Task<EchoResponse> Sum(IAsyncStreamReader<EchoRequest> requests, ServerCallContext context)
    {
        var total = 0;
        var texts = new List<string>();
        while (await requests.MoveNext(context.CancellationToken))
        {
            await BehaveAsync(requests.Current, context);
            total += requests.Current.Count;
            texts.Add(requests.Current.Text);
        }
        return new EchoResponse { Total = total, Text = string.Join(",", texts) };
    }

    public override async Task Chat(IAsyncStreamReader<EchoRequest> requests, IServerStreamWriter<EchoResponse> responses, ServerCallContext context)
    {
        var total = 0;
        await foreach (var request in requests.ReadAllAsync(context.CancellationToken))
        {
            await BehaveAsync(request, context);
            total += request.Count;
            await responses.WriteAsync(new EchoResponse { Text = request.Text, Total = total });
        }
    }

    private static async Task BehaveAsync(EchoRequest request, ServerCallContext context)
    {
        if (request.DelayMs > 0)
        {
            await DelayAsync(request.DelayMs, context);
        }
        if (request.Text == "throw")
        {
            throw new InvalidOperationException("secret internal detail");
        }
        if (request.FailCode != 0)
        {
            throw new RpcException(new Status((StatusCode)request.FailCode, request.Text));
        }
    }

    private static Task DelayAsync(int delayMs, ServerCallContext context) => Task.Delay(delayMs, context.CancellationToken);
}
