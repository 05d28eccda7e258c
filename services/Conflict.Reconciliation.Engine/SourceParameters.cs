namespace Conflict.Reconciliation.Engine;

/// <summary>What the engine has learned about one source (log scale), shared by every variable it speaks about.</summary>
/// <param name="Source">The claimant.</param>
/// <param name="Alignment">The party it is aligned with, or null.</param>
/// <param name="NoiseVariance">Posterior mean of its noise variance sigma^2.</param>
/// <param name="NoiseShape">Shape of the inverse-gamma posterior of sigma^2 (grows with its statements).</param>
/// <param name="Bias">General bias b (added to every statement).</param>
/// <param name="PartisanBias">Partisan bias p, added with sign +1 where the figure favours its side, -1 where it
/// favours the other side, 0 where neither (see <see cref="VariableSpec.Polarity"/>).</param>
/// <param name="BiasVariance">Posterior variance of b.</param>
/// <param name="PartisanVariance">Posterior variance of p.</param>
/// <param name="Accuracy">Probability that a categorical statement is right.</param>
/// <param name="Statements">Independent numeric statements behind the estimates.</param>
/// <param name="CategoricalStatements">Independent categorical statements behind <paramref name="Accuracy"/>.</param>
public sealed record SourceParameters(
    string Source, string? Alignment, double NoiseVariance, double NoiseShape, double Bias, double PartisanBias,
    double BiasVariance, double PartisanVariance, double Accuracy, double Statements, double CategoricalStatements)
{
    /// <summary>The bias applied to a statement with partisan direction <paramref name="direction"/> (-1, 0, +1).</summary>
    public double BiasFor(int direction) => Bias + direction * PartisanBias;
}
