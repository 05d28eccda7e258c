using Grpc.Core;

namespace Conflict.Cli.Tests.Fakes;

/// <summary>
/// The request and response streams of a fake streaming call: the client's writes are collected and, when it
/// completes, the handler turns them into the responses (or the response) that the reader then yields.
/// </summary>
internal sealed class FakeStreams<TRequest, TResponse> : IClientStreamWriter<TRequest>, IAsyncStreamReader<TResponse>
{
    private readonly List<TRequest> _requests = [];
    private readonly TaskCompletionSource<IReadOnlyList<TResponse>> _responses = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Func<IReadOnlyList<TRequest>, IReadOnlyList<TResponse>> _handler;
    private int _index = -1;

    public FakeStreams(Func<IReadOnlyList<TRequest>, IReadOnlyList<TResponse>> handler, IReadOnlyList<TRequest>? preset = null)
    {
        _handler = handler;
        if (preset is not null)
        {
            _requests.AddRange(preset);
            _ = CompleteAsync();
        }
    }

    public TResponse Current { get; private set; } = default!;

    public Task<IReadOnlyList<TResponse>> All => _responses.Task;

    public WriteOptions? WriteOptions { get; set; }

    public Task WriteAsync(TRequest message)
    {
        _requests.Add(message);
        return Task.CompletedTask;
    }

    public Task WriteAsync(TRequest message, CancellationToken cancellationToken) => WriteAsync(message);

    public Task CompleteAsync()
    {
        try
        {
            _responses.TrySetResult(_handler(_requests));
        }
        catch (RpcException error)
        {
            _responses.TrySetException(error);
        }
        return Task.CompletedTask;
    }

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        var all = await _responses.Task.WaitAsync(cancellationToken);
        if (++_index >= all.Count)
        {
            return false;
        }
        Current = all[_index];
        return true;
    }
}
