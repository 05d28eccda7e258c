using Conflict.Reconciliation.Engine;
using Conflict.Testing;

namespace Conflict.Reconciliation.Engine.Tests;

/// <summary>
/// The service stores the learned model once per pass and every replica recomputes its variables with it: that must
/// give the timelines the joint pass produced, or the figures would depend on which path computed them last.
/// </summary>
public sealed class ModelReuseTests
{
    [SharedCorpusFact(KurskCorpus.Table)]
    public void ReconcileVariable_WithTheLearnedModel_GivesTheJointPassTimelines()
    {
        // Arrange
        var inputs = KurskCorpus.Load();
        var joint = Reconciler.ReconcileAll(inputs);
        // Act
        var again = inputs.Select(i => Reconciler.ReconcileVariable(i, joint.Model)).ToList();
        // Assert: equal to 1e-4 of the figure (measured: at most 1.1e-5, from the per-source parameters' round trip
        // through SourceModel; the joint pass keeps them in arrays).
        for (var i = 0; i < inputs.Count; i++)
        {
            var pairs = joint.Variables[i].Timeline.Zip(again[i].Timeline).ToList();
            Assert.Equal(joint.Variables[i].Timeline.Count, again[i].Timeline.Count);
            Assert.All(pairs, p => Assert.True(
                p.First.Date == p.Second.Date && Close(p.First.Estimate, p.Second.Estimate) && Close(p.First.Low, p.Second.Low) && Close(p.First.High, p.Second.High),
                $"{joint.Variables[i].Key} {p.First.Date}: joint {p.First.Estimate} [{p.First.Low}, {p.First.High}], with the model {p.Second.Estimate} [{p.Second.Low}, {p.Second.High}]"));
        }
    }

    [SharedCorpusFact(KurskCorpus.Table)]
    public void LearnAndAssess_KurskFacts_GivesTheJointPassModelAndAssessments()
    {
        // Arrange
        var inputs = KurskCorpus.Load();
        var joint = Reconciler.ReconcileAll(inputs);
        // Act
        var (model, assessments) = Reconciler.LearnAndAssess(inputs);
        // Assert: the same figures (to 1e-9: learning sums its statistics in parallel, so their order may differ)
        Assert.Equal(joint.Model.Sources.Keys.Order(), model.Sources.Keys.Order());
        Assert.All(joint.Model.Sources, p => AssertSame(p.Value, model.Sources[p.Key]));
        Assert.Equal(joint.Model.Drift.Keys.Order(), model.Drift.Keys.Order());
        Assert.All(joint.Model.Drift, d => Assert.True(Near(d.Value, model.Drift[d.Key]), d.Key));
        Assert.Equal(joint.Sources.Count, assessments.Count);
        Assert.All(joint.Sources.Zip(assessments), p => AssertSame(p.First, p.Second));
    }

    /// <summary>Equal strings and integers, doubles within 1e-9 relative, property by property.</summary>
    private static void AssertSame<T>(T want, T got)
    {
        foreach (var property in typeof(T).GetProperties())
        {
            var (a, b) = (property.GetValue(want), property.GetValue(got));
            Assert.True(a is double x && b is double y ? Near(x, y) : Equals(a, b), $"{property.Name}: {a} vs {b} in {want}");
        }
    }

    private static bool Near(double a, double b) => a.Equals(b) || Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a));

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-4 * Math.Max(1, Math.Abs(a));
}
