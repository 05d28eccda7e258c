namespace Conflict.Reconciliation.Engine.Fusing;

/// <summary>Copy detection in the spirit of Dong et al. (VLDB 2009): independent sources rarely share the same
/// false value, so a pair sharing many is dependent; the copier's claims that repeat the original count less.</summary>
internal static class CopyDetector
{
    private const int MinimumEvidence = 5;
    private const double Independent = 0.15;
    private const double Copying = 0.6;

    /// <summary>Weight factor per claim (1 = independent), and each source's most likely original (-1 if none).</summary>
    public static (double[] Factors, int[] CopiesFrom) Detect(FusionData d, double[] truth, int[] category, double[] scale)
    {
        var s = d.Sources.Length;
        var factors = new double[d.Obj.Length];
        Array.Fill(factors, 1.0);
        var copiesFrom = new int[s];
        Array.Fill(copiesFrom, -1);
        if (s > 300)
        {
            return (factors, copiesFrom);
        }
        var sameWrong = new int[s * s];
        var eitherWrong = new int[s * s];
        var claims = new int[s];
        foreach (var src in d.Src)
        {
            claims[src]++;
        }
        foreach (var list in d.ByObject)
        {
            for (var x = 0; x < list.Length; x++)
            {
                for (var y = x + 1; y < list.Length; y++)
                {
                    Count(d, list[x], list[y], truth, category, scale, sameWrong, eitherWrong);
                }
            }
        }
        var strength = new double[s * s];
        for (var a = 0; a < s; a++)
        {
            for (var b = 0; b < s; b++)
            {
                var pair = a * s + b;
                if (a == b || eitherWrong[pair] < MinimumEvidence)
                {
                    continue;
                }
                var share = (double)sameWrong[pair] / eitherWrong[pair];
                strength[pair] = Math.Clamp((share - Independent) / (Copying - Independent), 0, 0.9);
            }
        }
        Apply(d, strength, claims, factors, copiesFrom);
        return (factors, copiesFrom);
    }

    private static void Count(FusionData d, int i, int j, double[] truth, int[] category, double[] scale, int[] sameWrong, int[] eitherWrong)
    {
        var s = d.Sources.Length;
        var a = d.Src[i];
        var b = d.Src[j];
        if (a == b)
        {
            return;
        }
        var o = d.Obj[i];
        bool wrongI, wrongJ, same;
        if (d.Numeric[o])
        {
            wrongI = Math.Abs(d.Number[i] - truth[o]) > 0.5 * scale[o];
            wrongJ = Math.Abs(d.Number[j] - truth[o]) > 0.5 * scale[o];
            same = d.Number[i] == d.Number[j];
        }
        else
        {
            wrongI = d.Category[i] != category[o];
            wrongJ = d.Category[j] != category[o];
            same = d.Category[i] == d.Category[j];
        }
        if (wrongI || wrongJ)
        {
            eitherWrong[a * s + b]++;
            eitherWrong[b * s + a]++;
            if (same)
            {
                sameWrong[a * s + b]++;
                sameWrong[b * s + a]++;
            }
        }
    }

    private static void Apply(FusionData d, double[] strength, int[] claims, double[] factors, int[] copiesFrom)
    {
        var s = d.Sources.Length;
        var best = new double[s];
        foreach (var list in d.ByObject)
        {
            foreach (var i in list)
            {
                foreach (var j in list)
                {
                    var copier = d.Src[i];
                    var original = d.Src[j];
                    var c = strength[copier * s + original];
                    // The copier is the source with fewer claims (ties: the later one); its repeated values count less.
                    var isCopier = claims[copier] < claims[original] || (claims[copier] == claims[original] && copier > original);
                    if (c <= 0 || !isCopier || !SameValue(d, i, j))
                    {
                        continue;
                    }
                    factors[i] = Math.Min(factors[i], 1 - c);
                    if (c > best[copier])
                    {
                        best[copier] = c;
                        copiesFrom[copier] = original;
                    }
                }
            }
        }
    }

    private static bool SameValue(FusionData d, int i, int j) =>
        d.Numeric[d.Obj[i]] ? d.Number[i] == d.Number[j] : d.Category[i] == d.Category[j];
}
