namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>Current source parameters as flat arrays indexed by source (read by the E-step, written by the M-step).</summary>
internal sealed class SourceArrays
{
    /// <summary>Creates arrays at the priors of the given sources.</summary>
    public SourceArrays(IReadOnlyList<SourceParameters> sources)
    {
        var n = sources.Count;
        Names = new string[n];
        Alignments = new string?[n];
        NoiseVariance = new double[n];
        NoiseShape = new double[n];
        Bias = new double[n];
        Partisan = new double[n];
        BiasVariance = new double[n];
        PartisanVariance = new double[n];
        Accuracy = new double[n];
        Statements = new double[n];
        CategoricalStatements = new double[n];
        for (var i = 0; i < n; i++)
        {
            var p = sources[i];
            Names[i] = p.Source;
            Alignments[i] = p.Alignment;
            NoiseVariance[i] = p.NoiseVariance;
            NoiseShape[i] = p.NoiseShape;
            Bias[i] = p.Bias;
            Partisan[i] = p.PartisanBias;
            BiasVariance[i] = p.BiasVariance;
            PartisanVariance[i] = p.PartisanVariance;
            Accuracy[i] = p.Accuracy;
            Statements[i] = p.Statements;
            CategoricalStatements[i] = p.CategoricalStatements;
        }
    }

    /// <summary>Source names.</summary>
    public string[] Names { get; }
    /// <summary>Source alignments.</summary>
    public string?[] Alignments { get; }
    /// <summary>Noise variances.</summary>
    public double[] NoiseVariance { get; }
    /// <summary>Inverse-gamma shapes of the noise posteriors.</summary>
    public double[] NoiseShape { get; }
    /// <summary>General biases.</summary>
    public double[] Bias { get; }
    /// <summary>Partisan biases.</summary>
    public double[] Partisan { get; }
    /// <summary>Posterior variances of the general biases.</summary>
    public double[] BiasVariance { get; }
    /// <summary>Posterior variances of the partisan biases.</summary>
    public double[] PartisanVariance { get; }
    /// <summary>Categorical accuracies.</summary>
    public double[] Accuracy { get; }
    /// <summary>Numeric statements seen.</summary>
    public double[] Statements { get; }
    /// <summary>Categorical statements seen.</summary>
    public double[] CategoricalStatements { get; }

    /// <summary>Number of sources.</summary>
    public int Count => Names.Length;

    /// <summary>The bias of source <paramref name="s"/> in partisan direction <paramref name="direction"/>.</summary>
    public double BiasOf(int s, int direction) => Bias[s] + direction * Partisan[s];

    /// <summary>Snapshot of one source.</summary>
    public SourceParameters ToParameters(int i) => new(
        Names[i], Alignments[i], NoiseVariance[i], NoiseShape[i], Bias[i], Partisan[i],
        BiasVariance[i], PartisanVariance[i], Accuracy[i], Statements[i], CategoricalStatements[i]);
}
