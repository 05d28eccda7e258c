namespace Conflict.Grpc;

/// <summary>A gRPC status: the code and a developer-facing message.</summary>
public readonly record struct Status(StatusCode StatusCode, string Detail)
{
    public static readonly Status DefaultSuccess = new(StatusCode.OK, "");
}
