using Conflict.ServiceDefaults;
using Grpc.Core;

namespace Conflict.Sources.Tests.Support;

/// <summary>Assertions on failed calls: the status code, and the fields of the BadRequest.</summary>
internal static class RpcAssert
{
    public static async Task<RpcException> FailsAsync(StatusCode code, Func<Task> call)
    {
        var exception = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(code, exception.StatusCode);
        return exception;
    }

    public static string[] Fields(RpcException exception)
        => [.. (exception.GetBadRequest()?.FieldViolations ?? []).Select(v => v.Field).Order(StringComparer.Ordinal)];
}
