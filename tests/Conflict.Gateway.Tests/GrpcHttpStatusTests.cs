using Conflict.Gateway.Errors;
using Grpc.Core;

namespace Conflict.Gateway.Tests;

public sealed class GrpcHttpStatusTests
{
    [Theory]
    [InlineData(StatusCode.NotFound, 404)]
    [InlineData(StatusCode.InvalidArgument, 400)]
    [InlineData(StatusCode.AlreadyExists, 409)]
    [InlineData(StatusCode.FailedPrecondition, 400)]
    [InlineData(StatusCode.Aborted, 409)]
    [InlineData(StatusCode.Unavailable, 503)]
    [InlineData(StatusCode.Internal, 500)]
    [InlineData(StatusCode.DeadlineExceeded, 504)]
    [InlineData(StatusCode.Unimplemented, 501)]
    [InlineData(StatusCode.Unauthenticated, 401)]
    [InlineData(StatusCode.PermissionDenied, 403)]
    [InlineData(StatusCode.ResourceExhausted, 429)]
    [InlineData(StatusCode.OutOfRange, 400)]
    [InlineData(StatusCode.Cancelled, 499)]
    [InlineData(StatusCode.DataLoss, 500)]
    [InlineData(StatusCode.Unknown, 500)]
    public void ToHttp_GoogleRpcCodeTable_MapsCode(StatusCode code, int http)
    {
        // Act
        var status = GrpcHttpStatus.ToHttp(code);
        // Assert
        Assert.Equal(http, status);
    }

    [Fact]
    public void FromRpc_NoDetails_UsesCodeNameAsType()
    {
        // Arrange
        var e = new RpcException(new Status(StatusCode.FailedPrecondition, "source has children"));
        // Act
        var problem = ProblemMapper.FromRpc(e, null, null, "/v1/x");
        // Assert
        Assert.Equal("FAILED_PRECONDITION", problem.Type);
        Assert.Equal("Failed precondition", problem.Title);
        Assert.Equal(400, problem.Status);
        Assert.Equal("source has children", problem.Detail);
    }
}
