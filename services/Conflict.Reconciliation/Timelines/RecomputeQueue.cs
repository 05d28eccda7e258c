using System.Threading.Channels;

namespace Conflict.Reconciliation.Timelines;

/// <summary>
/// Variables waiting to be recomputed, each at most once however many changes touched it, so a burst of claims
/// about one variable costs one recomputation.
/// </summary>
internal sealed class RecomputeQueue
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Enqueue(IEnumerable<string> variables)
    {
        var added = false;
        lock (_gate)
        {
            foreach (var variable in variables)
            {
                added |= _pending.Add(variable);
            }
        }
        if (added)
        {
            _signal.Writer.TryWrite(true);
        }
    }

    /// <summary>Waits until something is pending, then takes everything pending.</summary>
    public async Task<IReadOnlyList<string>> TakeAllAsync(CancellationToken ct)
    {
        while (true)
        {
            await _signal.Reader.ReadAsync(ct);
            lock (_gate)
            {
                if (_pending.Count > 0)
                {
                    var taken = _pending.Order(StringComparer.Ordinal).ToList();
                    _pending.Clear();
                    return taken;
                }
            }
        }
    }
}
