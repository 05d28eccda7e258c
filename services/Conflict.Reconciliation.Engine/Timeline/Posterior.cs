namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>Smoothed posterior of one variable's log level at each node.</summary>
internal sealed class Posterior(int nodes)
{
    /// <summary>Posterior means.</summary>
    public double[] Mean { get; } = new double[nodes];
    /// <summary>Posterior variances.</summary>
    public double[] Variance { get; } = new double[nodes];
    /// <summary>Covariance between node n and n+1.</summary>
    public double[] LagCovariance { get; } = new double[Math.Max(nodes - 1, 0)];
    /// <summary>Aggregated site precision per node.</summary>
    public double[] Tau { get; } = new double[nodes];
    /// <summary>Aggregated site precision-weighted mean per node.</summary>
    public double[] Nu { get; } = new double[nodes];
}
