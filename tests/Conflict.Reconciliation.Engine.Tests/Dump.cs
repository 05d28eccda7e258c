using System.Globalization;
using Conflict.Reconciliation.Engine;
using Xunit.Abstractions;

namespace Conflict.Reconciliation.Engine.Tests;

public sealed class Dump(ITestOutputHelper output)
{
    [Fact]
    public void Print()
    {
        var result = Reconciler.ReconcileAll(KurskCorpus.Load(), new ReconcileOptions { DailyGrid = false });
        foreach (var v in result.Variables)
        {
            output.WriteLine(v.Key);
            foreach (var p in v.Timeline)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Date} {p.Estimate:F0} [{p.Low:F0},{p.High:F0}] n={p.IndependentStatements}"));
            }
            foreach (var c in v.Claims)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {c.ClaimId} {c.Date} w={c.Weight:F2} r={c.Residual:F2} b={c.SourceBias:F2}"));
            }
            foreach (var c in v.Conflicts)
            {
                output.WriteLine($"  CONFLICT {string.Join(",", c.ClaimIds)} {c.From}..{c.To} sep={c.Separation:F1} ratio={c.Ratio:F2}");
            }
        }
        foreach (var s in result.Sources)
        {
            output.WriteLine(s.Summary + string.Create(CultureInfo.InvariantCulture, $" bias={s.Bias:F2} [{s.BiasLow:F2},{s.BiasHigh:F2}] noise={s.Noise:F2} m={s.Measure}"));
        }
        foreach (var (k, q) in result.Model.Drift)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"drift {k} {Math.Sqrt(q):F3}"));
        }
    }
}
