namespace Conflict.Grpc;

/// <summary>
/// Wraps every server call, whatever its kind (logging, metrics, auth). Call <c>continuation</c> to run the
/// handler; throw an <see cref="RpcException"/> to refuse the call.
/// </summary>
public abstract class ServerInterceptor
{
    public abstract Task InterceptAsync(ServerCallContext context, Func<Task> continuation);
}

/// <summary>
/// Sees every client call: may change its options before it starts (add auth headers, a default
/// deadline) and observes how it ended.
/// </summary>
public abstract class ClientInterceptor
{
    /// <summary>Returns the options to use for the call to <paramref name="fullMethod"/>.</summary>
    public virtual CallOptions BeforeCall(string fullMethod, CallOptions options) => options;

    /// <summary>Called once the call has ended, with its status and duration.</summary>
    public virtual void AfterCall(string fullMethod, Status status, TimeSpan elapsed)
    {
    }
}
