namespace Conflict.Reconciliation.Engine.Synthetic;

/// <summary>A synthetic fusion data set: claims and the true value of every object.</summary>
/// <param name="Name">Scenario name.</param>
/// <param name="Rows">The claims.</param>
/// <param name="Truth">True value per object (numbers in invariant culture).</param>
internal sealed record FusionScenario(string Name, List<FusionRow> Rows, Dictionary<string, string> Truth);
