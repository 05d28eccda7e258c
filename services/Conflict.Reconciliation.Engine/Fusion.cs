using Conflict.Reconciliation.Engine.Fusing;

namespace Conflict.Reconciliation.Engine;

/// <summary>Static fusion (truth discovery without time): one value per object from many sources' claims.</summary>
public static class Fusion
{
    /// <summary>Fuses rows of (object, source, value). Values that parse as numbers (invariant culture) are numeric,
    /// others categorical; an object is numeric when most of its values are. Sources share one reliability across
    /// numeric and categorical objects.</summary>
    public static FusionResult Fuse(IReadOnlyList<FusionRow> rows, Method method = Method.StateSpace, double credibleMass = 0.9)
    {
        var data = FusionData.From(rows);
        return method == Method.StateSpace ? RobustFusion.Run(data, credibleMass) : BaselineFusion.Run(data, method, credibleMass);
    }
}
