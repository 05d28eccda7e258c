namespace Conflict.Grpc.Tests;

/// <summary>Lets a test observe what happened inside a handler.</summary>
public sealed class CallProbe
{
    public TaskCompletionSource<string> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
