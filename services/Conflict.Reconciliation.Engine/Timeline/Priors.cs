namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>Prior beliefs, all on the log scale z = log(1 + x). A source with few statements stays near them.</summary>
internal static class Priors
{
    /// <summary>Prior mean of a source's noise variance: about 12% relative error.</summary>
    public const double NoiseVariance = 0.12 * 0.12;

    /// <summary>Inverse-gamma shape of the noise prior: worth about 2 * (shape - 1) statements.</summary>
    public const double NoiseShape = 3;

    /// <summary>Spread of an independent source's general bias: tight, so independent sources anchor the scale.</summary>
    public const double IndependentBiasVariance = 0.04 * 0.04;

    /// <summary>Spread of an aligned source's general bias.</summary>
    public const double AlignedBiasVariance = 0.06 * 0.06;

    /// <summary>Spread of an aligned source's partisan bias: wide, learned from disagreement with independent sources.</summary>
    public const double PartisanVariance = 0.3 * 0.3;

    /// <summary>Prior drift: daily standard deviation of the log level of about 3%.</summary>
    public const double Drift = 0.03 * 0.03;

    /// <summary>Inverse-gamma shape of the drift prior.</summary>
    public const double DriftShape = 3;

    /// <summary>Diffuse prior variance of a level before any evidence.</summary>
    public const double InitialVariance = 100;

    /// <summary>Daily switching probability of a categorical variable.</summary>
    public const double SwitchRate = 0.01;

    /// <summary>Prior accuracy of a categorical statement, and its weight in pseudo-statements.</summary>
    public const double Accuracy = 0.75;

    /// <summary>Pseudo-statements behind the accuracy prior.</summary>
    public const double AccuracyStrength = 4;

    /// <summary>The prior parameters of a source never seen before.</summary>
    public static SourceParameters Source(string source, string? alignment) => new(
        source, alignment, NoiseVariance, NoiseShape, 0, 0,
        BiasVarianceFor(alignment), alignment is null ? 0 : PartisanVariance, Accuracy, 0, 0);

    /// <summary>The general-bias prior variance for a source of this alignment.</summary>
    public static double BiasVarianceFor(string? alignment) =>
        alignment is null ? IndependentBiasVariance : AlignedBiasVariance;
}
