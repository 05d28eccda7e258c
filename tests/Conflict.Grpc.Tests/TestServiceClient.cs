using Conflict.Grpc;
using Conflict.Grpctest.V1;

namespace Conflict.Grpc.Tests;

/// <summary>A typed client of the test service, written as tools/gen_clients.py would.</summary>
internal sealed class TestServiceClient(CallInvoker invoker)
{
    public static readonly Google.Protobuf.Reflection.ServiceDescriptor Descriptor = TestServiceReflection.Descriptor.Services[0];

    private static readonly Method<EchoRequest, EchoResponse> EchoMethod = Method.Create<EchoRequest, EchoResponse>(Descriptor.FindMethodByName("Echo"));
    private static readonly Method<EchoRequest, EchoResponse> CountMethod = Method.Create<EchoRequest, EchoResponse>(Descriptor.FindMethodByName("Count"));
    private static readonly Method<EchoRequest, EchoResponse> SumMethod = Method.Create<EchoRequest, EchoResponse>(Descriptor.FindMethodByName("Sum"));
    private static readonly Method<EchoRequest, EchoResponse> ChatMethod = Method.Create<EchoRequest, EchoResponse>(Descriptor.FindMethodByName("Chat"));

    public TestServiceClient(GrpcChannel channel)
        : this(channel.CreateCallInvoker())
    {
    }

    public IAsyncUnaryCall<EchoResponse> EchoAsync(EchoRequest request, CallOptions options = default) => invoker.AsyncUnaryCall(EchoMethod, request, options);

    public IAsyncServerStreamingCall<EchoResponse> Count(EchoRequest request, CallOptions options = default) => invoker.AsyncServerStreamingCall(CountMethod, request, options);

    public IAsyncClientStreamingCall<EchoRequest, EchoResponse> Sum(CallOptions options = default) => invoker.AsyncClientStreamingCall(SumMethod, options);

    public IAsyncDuplexStreamingCall<EchoRequest, EchoResponse> Chat(CallOptions options = default) => invoker.AsyncDuplexStreamingCall(ChatMethod, options);
}
