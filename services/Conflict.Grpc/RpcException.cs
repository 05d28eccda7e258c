namespace Conflict.Grpc;

/// <summary>
/// A call that ended with a status other than OK. Thrown by handlers to answer with that status,
/// and by clients when the server answered with it. <see cref="RichStatus"/> travels in the
/// <c>grpc-status-details-bin</c> trailer (google.rpc.Status with its details).
/// </summary>
public sealed class RpcException : Exception
{
    public RpcException(Status status, Metadata? trailers = null, Google.Rpc.Status? richStatus = null)
        : base($"Status(StatusCode=\"{status.StatusCode}\", Detail=\"{status.Detail}\")")
    {
        Status = status;
        Trailers = trailers ?? [];
        RichStatus = richStatus;
    }

    /// <summary>Builds the exception from a rich status: its code and message become the gRPC status.</summary>
    public RpcException(Google.Rpc.Status richStatus, Metadata? trailers = null)
        : this(new Status((StatusCode)richStatus.Code, richStatus.Message), trailers, richStatus)
    {
    }

    public Status Status { get; }

    public StatusCode StatusCode => Status.StatusCode;

    public Metadata Trailers { get; }

    /// <summary>The google.rpc.Status with details (ErrorInfo, BadRequest, ...), when there is one.</summary>
    public Google.Rpc.Status? RichStatus { get; }
}
