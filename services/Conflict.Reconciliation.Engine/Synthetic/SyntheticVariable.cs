namespace Conflict.Reconciliation.Engine.Synthetic;

/// <summary>A simulated variable: the claims about it and its true daily path.</summary>
/// <param name="Input">The engine input.</param>
/// <param name="Start">Day of <c>Truth[0]</c>.</param>
/// <param name="Truth">True value per day.</param>
internal sealed record SyntheticVariable(VariableInput Input, DateOnly Start, double[] Truth)
{
    /// <summary>The true value on a day.</summary>
    public double TruthAt(DateOnly day) => Truth[Math.Clamp(day.DayNumber - Start.DayNumber, 0, Truth.Length - 1)];
}
