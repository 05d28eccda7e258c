using Conflict.Reconciliation.Engine.Timeline;

namespace Conflict.Reconciliation.Engine.Categorical;

/// <summary>A categorical variable as a hidden Markov chain over its nodes: the true category switches rarely,
/// each statement is right with its source's accuracy (one-coin Dawid-Skene), errors spread over the other categories.</summary>
internal static class CategoricalModel
{
    /// <summary>Posterior probability of each category at each node, row-major [node * K + k].</summary>
    public static double[] Posterior(PreparedVariable v, SourceArrays s, double switchRate)
    {
        var n = v.Days.Length;
        var k = Math.Max(v.Categories.Length, 1);
        var emission = Emissions(v, s, n, k);
        var forward = new double[n * k];
        var backward = new double[n * k];
        for (var i = 0; i < n; i++)
        {
            for (var c = 0; c < k; c++)
            {
                forward[i * k + c] = emission[i * k + c] * (i == 0 ? 1.0 / k : Predict(forward, i - 1, c, k, Stay(v, i - 1, switchRate, k)));
            }
            Normalise(forward, i, k);
        }
        for (var c = 0; c < k; c++)
        {
            backward[(n - 1) * k + c] = 1;
        }
        for (var i = n - 2; i >= 0; i--)
        {
            var stay = Stay(v, i, switchRate, k);
            for (var c = 0; c < k; c++)
            {
                double sum = 0;
                for (var d = 0; d < k; d++)
                {
                    sum += (c == d ? stay : (1 - stay) / Math.Max(k - 1, 1)) * emission[(i + 1) * k + d] * backward[(i + 1) * k + d];
                }
                backward[i * k + c] = sum;
            }
            Normalise(backward, i, k);
        }
        for (var i = 0; i < n * k; i++)
        {
            forward[i] *= backward[i];
        }
        for (var i = 0; i < n; i++)
        {
            Normalise(forward, i, k);
        }
        return forward;
    }

    /// <summary>Adds each statement's probability of being right to its source's counts.</summary>
    public static void Accumulate(PreparedVariable v, double[] posterior, double[] correct, double[] total)
    {
        var k = Math.Max(v.Categories.Length, 1);
        foreach (var st in v.Statements)
        {
            correct[st.Source] += posterior[st.EndNode * k + st.Category];
            total[st.Source] += 1;
        }
    }

    private static double[] Emissions(PreparedVariable v, SourceArrays s, int n, int k)
    {
        var log = new double[n * k];
        foreach (var st in v.Statements)
        {
            var a = Math.Clamp(s.Accuracy[st.Source], 0.01, 0.99);
            for (var c = 0; c < k; c++)
            {
                log[st.EndNode * k + c] += c == st.Category ? Math.Log(a) : Math.Log((1 - a) / Math.Max(k - 1, 1));
            }
        }
        for (var i = 0; i < n; i++)
        {
            var max = double.NegativeInfinity;
            for (var c = 0; c < k; c++)
            {
                max = Math.Max(max, log[i * k + c]);
            }
            for (var c = 0; c < k; c++)
            {
                log[i * k + c] = Math.Exp(log[i * k + c] - max);
            }
        }
        return log;
    }

    private static double Stay(PreparedVariable v, int i, double switchRate, int k)
    {
        var keep = Math.Pow(1 - switchRate, v.Days[i + 1] - v.Days[i]);
        return keep + (1 - keep) / k;
    }

    private static double Predict(double[] forward, int prev, int c, int k, double stay)
    {
        double sum = 0;
        for (var d = 0; d < k; d++)
        {
            sum += forward[prev * k + d] * (c == d ? stay : (1 - stay) / Math.Max(k - 1, 1));
        }
        return sum;
    }

    private static void Normalise(double[] values, int row, int k)
    {
        double sum = 0;
        for (var c = 0; c < k; c++)
        {
            sum += values[row * k + c];
        }
        for (var c = 0; c < k; c++)
        {
            values[row * k + c] = sum > 0 ? values[row * k + c] / sum : 1.0 / k;
        }
    }
}
