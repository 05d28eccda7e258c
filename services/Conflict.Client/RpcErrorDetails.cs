using Google.Rpc;
using Grpc.Core;

namespace Conflict.Client;

/// <summary>The rich error details (google.rpc.Status in <c>grpc-status-details-bin</c>) of a failed call.</summary>
public static class RpcErrorDetails
{
    /// <summary>The ErrorInfo of a failed call, when it has one.</summary>
    public static ErrorInfo? GetErrorInfo(this RpcException exception) => exception.GetRpcStatus()?.GetDetail<ErrorInfo>();

    /// <summary>The BadRequest of a failed call, when it has one.</summary>
    public static BadRequest? GetBadRequest(this RpcException exception) => exception.GetRpcStatus()?.GetDetail<BadRequest>();
}
