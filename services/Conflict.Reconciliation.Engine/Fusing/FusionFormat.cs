using System.Globalization;

namespace Conflict.Reconciliation.Engine.Fusing;

/// <summary>Invariant number formatting for fused values.</summary>
internal static class FusionFormat
{
    /// <summary>Round-trippable invariant text of a number.</summary>
    public static string Number(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
