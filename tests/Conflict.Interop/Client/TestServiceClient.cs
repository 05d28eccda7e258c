using Conflict.Grpc;
using Google.Protobuf.Reflection;
using Grpc.Testing;

namespace Conflict.Interop.Client;

/// <summary>Typed client of grpc.testing.TestService (and UnimplementedService), as tools/gen_clients.py would write it.</summary>
internal sealed class TestServiceClient(CallInvoker invoker)
{
    private static readonly FileDescriptor File = TestReflection.Descriptor;
    private static readonly ServiceDescriptor Service = File.FindTypeByName<ServiceDescriptor>("TestService");
    private static readonly ServiceDescriptor Unimplemented = File.FindTypeByName<ServiceDescriptor>("UnimplementedService");
    private static readonly Method<Empty, Empty> EmptyCallMethod = Method.Create<Empty, Empty>(Service.FindMethodByName("EmptyCall"));
    private static readonly Method<SimpleRequest, SimpleResponse> UnaryCallMethod = Method.Create<SimpleRequest, SimpleResponse>(Service.FindMethodByName("UnaryCall"));
    private static readonly Method<StreamingOutputCallRequest, StreamingOutputCallResponse> StreamingOutputCallMethod = Method.Create<StreamingOutputCallRequest, StreamingOutputCallResponse>(Service.FindMethodByName("StreamingOutputCall"));
    private static readonly Method<StreamingInputCallRequest, StreamingInputCallResponse> StreamingInputCallMethod = Method.Create<StreamingInputCallRequest, StreamingInputCallResponse>(Service.FindMethodByName("StreamingInputCall"));
    private static readonly Method<StreamingOutputCallRequest, StreamingOutputCallResponse> FullDuplexCallMethod = Method.Create<StreamingOutputCallRequest, StreamingOutputCallResponse>(Service.FindMethodByName("FullDuplexCall"));
    private static readonly Method<Empty, Empty> UnimplementedCallMethod = Method.Create<Empty, Empty>(Service.FindMethodByName("UnimplementedCall"));
    private static readonly Method<Empty, Empty> UnimplementedServiceCallMethod = Method.Create<Empty, Empty>(Unimplemented.FindMethodByName("UnimplementedCall"));

    public IAsyncUnaryCall<Empty> EmptyCallAsync(Empty request, CallOptions options = default) => invoker.AsyncUnaryCall(EmptyCallMethod, request, options);

    public IAsyncUnaryCall<SimpleResponse> UnaryCallAsync(SimpleRequest request, CallOptions options = default) => invoker.AsyncUnaryCall(UnaryCallMethod, request, options);

    public IAsyncServerStreamingCall<StreamingOutputCallResponse> StreamingOutputCall(StreamingOutputCallRequest request, CallOptions options = default) => invoker.AsyncServerStreamingCall(StreamingOutputCallMethod, request, options);

    public IAsyncClientStreamingCall<StreamingInputCallRequest, StreamingInputCallResponse> StreamingInputCall(CallOptions options = default) => invoker.AsyncClientStreamingCall(StreamingInputCallMethod, options);

    public IAsyncDuplexStreamingCall<StreamingOutputCallRequest, StreamingOutputCallResponse> FullDuplexCall(CallOptions options = default) => invoker.AsyncDuplexStreamingCall(FullDuplexCallMethod, options);

    public IAsyncUnaryCall<Empty> UnimplementedCallAsync(Empty request, CallOptions options = default) => invoker.AsyncUnaryCall(UnimplementedCallMethod, request, options);

    /// <summary>grpc.testing.UnimplementedService/UnimplementedCall, which no server implements.</summary>
    public IAsyncUnaryCall<Empty> UnimplementedServiceCallAsync(Empty request, CallOptions options = default) => invoker.AsyncUnaryCall(UnimplementedServiceCallMethod, request, options);
}
