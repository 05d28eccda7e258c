namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>Maps claimants to dense indices, starting each at its parameters in a given model (or its prior).</summary>
internal sealed class SourceIndex(SourceModel start)
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<SourceParameters> _parameters = [];

    /// <summary>Registers every claimant of the inputs (single-threaded, before the parallel work).</summary>
    public SourceIndex AddAll(IEnumerable<VariableInput> inputs)
    {
        foreach (var input in inputs)
        {
            foreach (var claim in input.Claims)
            {
                Add(claim);
            }
        }
        return this;
    }

    /// <summary>The index of a claimant, registering it when new.</summary>
    public int Add(ClaimInput claim)
    {
        if (!_index.TryGetValue(claim.Claimant, out var i))
        {
            i = _parameters.Count;
            _index[claim.Claimant] = i;
            _parameters.Add(start.For(claim.Claimant, claim.Alignment));
        }
        return i;
    }

    /// <summary>The index of a registered claimant (read-only, safe in parallel).</summary>
    public int Of(ClaimInput claim) => _index[claim.Claimant];

    /// <summary>Parameter arrays for the registered sources.</summary>
    public SourceArrays ToArrays() => new(_parameters);
}
