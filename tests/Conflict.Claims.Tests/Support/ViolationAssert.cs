using Conflict.ServiceDefaults;
using Grpc.Core;

namespace Conflict.Claims.Tests.Support;

/// <summary>Asserts on INVALID_ARGUMENT answers and their BadRequest field violations.</summary>
internal static class ViolationAssert
{
    public static async Task<IReadOnlyList<string>> FieldsAsync(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var badRequest = error.GetBadRequest();
        Assert.NotNull(badRequest);
        return [.. badRequest.FieldViolations.Select(v => v.Field)];
    }
}
