using Conflict.Grpc;

namespace Conflict.Interop.Client;

/// <summary>What a case runs with: clients on a plain channel and on a gzip-compressing one.</summary>
internal sealed record InteropContext(TestServiceClient Test, TestServiceClient Gzip, CallInvoker Invoker, bool CompressedRequestProbe)
{
    /// <summary>Every call gets a deadline: a broken server fails a case instead of hanging the run.</summary>
    public static CallOptions Options(Metadata? headers = null) => new CallOptions(Headers: headers).WithTimeout(TimeSpan.FromSeconds(10));
}
