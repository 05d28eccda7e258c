namespace Conflict.Reconciliation.Engine.Numerics;

/// <summary>Weighted isotonic (non-decreasing) regression by pool-adjacent-violators.</summary>
internal static class Isotonic
{
    /// <summary>Replaces <paramref name="values"/> with the closest non-decreasing sequence in weighted least squares.</summary>
    public static void Increasing(Span<double> values, ReadOnlySpan<double> weights)
    {
        var n = values.Length;
        if (n < 2)
        {
            return;
        }
        var blockValue = new double[n];
        var blockWeight = new double[n];
        var blockLength = new int[n];
        var blocks = 0;
        for (var i = 0; i < n; i++)
        {
            blockValue[blocks] = values[i];
            blockWeight[blocks] = Math.Max(weights[i], 1e-12);
            blockLength[blocks] = 1;
            blocks++;
            while (blocks > 1 && blockValue[blocks - 2] > blockValue[blocks - 1])
            {
                var w = blockWeight[blocks - 2] + blockWeight[blocks - 1];
                blockValue[blocks - 2] = (blockValue[blocks - 2] * blockWeight[blocks - 2] + blockValue[blocks - 1] * blockWeight[blocks - 1]) / w;
                blockWeight[blocks - 2] = w;
                blockLength[blocks - 2] += blockLength[blocks - 1];
                blocks--;
            }
        }
        var k = 0;
        for (var b = 0; b < blocks; b++)
        {
            for (var j = 0; j < blockLength[b]; j++)
            {
                values[k++] = blockValue[b];
            }
        }
    }
}
