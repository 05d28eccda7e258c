namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>One statement's evidence at one node, with its current Gaussian site (EP approximation).</summary>
internal struct Observation
{
    /// <summary>The node the evidence is about.</summary>
    public int Node;
    /// <summary>For a flow over a period, the node where the period starts (the evidence is about the change); else -1.</summary>
    public int FromNode;
    /// <summary>Source index.</summary>
    public int Source;
    /// <summary>Statement index within the variable.</summary>
    public int Statement;
    /// <summary>Partisan direction: +1 favours the source's side, -1 the other side, 0 neither.</summary>
    public int Direction;
    /// <summary>The stated figure.</summary>
    public Stated Value;
    /// <summary>Number of nodes a period statement is spread over (its information is shared among them).</summary>
    public double Split;
    /// <summary>Flows: posterior mean of the running total at the period start, estimated without the flows.</summary>
    public double StartMean;
    /// <summary>Flows: posterior variance of the running total at the period start, estimated without the flows.</summary>
    public double StartVariance;
    /// <summary>Student-t weight of a point statement in the final estimate (see <see cref="EStep.Robust"/>); 1 while
    /// learning and for bounds.</summary>
    public double Weight;
    /// <summary>Site precision.</summary>
    public double SiteTau;
    /// <summary>Site precision times site mean.</summary>
    public double SiteNu;

    /// <summary>True when the site depends on the current posterior (bounds, intervals, flows over periods).</summary>
    public readonly bool IsAdaptive => FromNode >= 0 || !Value.IsPoint;
}
