using System.Threading.Channels;

namespace Conflict.Reconciliation.Timelines;

/// <summary>
/// Variables waiting to be recomputed, each at most once however many changes touched it. Two tiers: variables
/// touched by new changes from the feeds come first; variables queued again after a re-learning pass (thousands at
/// once on a large projection) are handed out a few at a time between them, so a new claim never waits behind them.
/// </summary>
internal sealed class RecomputeQueue
{
    private const int BackgroundSlice = 8;

    private readonly Lock _gate = new();
    private readonly HashSet<string> _fresh = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _background = new(StringComparer.Ordinal);
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>True when nothing is waiting.</summary>
    public bool IsEmpty
    {
        get
        {
            lock (_gate)
            {
                return _fresh.Count == 0 && _background.Count == 0;
            }
        }
    }

    /// <summary>Queues variables touched by new changes.</summary>
    public void Enqueue(IEnumerable<string> variables) => Add(variables, _fresh);

    /// <summary>Queues variables to refresh after a re-learning pass.</summary>
    public void EnqueueBackground(IEnumerable<string> variables) => Add(variables, _background);

    /// <summary>
    /// Waits until something is pending, then takes every fresh variable, or else a slice of background ones.
    /// <c>Fresh</c> tells which tier the variables came from.
    /// </summary>
    public async Task<(IReadOnlyList<string> Variables, bool Fresh)> TakeAsync(CancellationToken ct)
    {
        while (true)
        {
            lock (_gate)
            {
                if (_fresh.Count > 0)
                {
                    var taken = _fresh.Order(StringComparer.Ordinal).ToList();
                    _fresh.Clear();
                    _background.ExceptWith(taken);
                    return (taken, true);
                }
                if (_background.Count > 0)
                {
                    var slice = _background.Take(BackgroundSlice).ToList();
                    _background.ExceptWith(slice);
                    return (slice, false);
                }
            }
            await _signal.Reader.ReadAsync(ct);
        }
    }

    private void Add(IEnumerable<string> variables, ISet<string> tier)
    {
        var added = false;
        lock (_gate)
        {
            foreach (var variable in variables)
            {
                added |= tier.Add(variable);
            }
        }
        if (added)
        {
            _signal.Writer.TryWrite(true);
        }
    }
}
