namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>The scale a numeric variable is modelled on. Counts and areas have relative errors ("inflates by 20%"):
/// z = log(1 + x). Figures that go negative (a balance, a margin, a change) or whose disagreements are additive are
/// modelled linearly, in units of the variable's typical magnitude, so that one source noise and bias still read as a
/// share of the figure on either scale and the priors mean the same.</summary>
/// <param name="IsLog">True for z = log(1 + x), false for z = x / <paramref name="Unit"/>.</param>
/// <param name="Unit">The typical magnitude of the variable's figures (linear scale only).</param>
internal readonly record struct Scale(bool IsLog, double Unit)
{
    /// <summary>The log scale z = log(1 + x).</summary>
    public static Scale Log { get; } = new(true, 1);

    /// <summary>A linear scale with the given unit.</summary>
    public static Scale Linear(double unit) => new(false, unit);

    /// <summary>From the variable's unit to the model's scale.</summary>
    public double To(double x) => IsLog ? Math.Log(1 + Math.Max(x, 0)) : x / Unit;

    /// <summary>From the model's scale back to the variable's unit.</summary>
    public double From(double z) => IsLog ? Math.Max(Math.Exp(z) - 1, 0) : z * Unit;

    /// <summary>dz/dx at <paramref name="x"/>: converts a small spread in the unit to a spread on the scale.</summary>
    public double Slope(double x) => IsLog ? 1 / (1 + Math.Max(x, 0)) : 1 / Unit;

    /// <summary>Chooses the scale from the figures themselves: linear when some figure is negative or when the
    /// disagreement among same-day figures is better described as additive than as relative (by the likelihood of
    /// the figures around each day's mean, Jacobian included); log otherwise.</summary>
    public static Scale For(IReadOnlyList<ClaimInput> claims)
    {
        var any = false;
        var negative = false;
        Dictionary<int, List<double>>? byDay = null;
        HashSet<(string, int)>? witnesses = null;
        foreach (var claim in claims)
        {
            if (claim.Quantity is not { } q)
            {
                continue;
            }
            Note(q.Point, ref any, ref negative);
            Note(q.Low, ref any, ref negative);
            Note(q.High, ref any, ref negative);
            // One figure per claimant and day: relays and rewordings are not extra evidence about the noise form.
            if (q.Point is { } p && double.IsFinite(p) && q.Qualifier is Qualifier.Exact or Qualifier.Approximate
                && (witnesses ??= []).Add((claim.Claimant, claim.End.DayNumber)))
            {
                byDay ??= [];
                if (!byDay.TryGetValue(claim.End.DayNumber, out var list))
                {
                    byDay[claim.End.DayNumber] = list = [];
                }
                list.Add(p);
            }
        }
        if (!any || !negative && (byDay is null || !AdditiveFitsBetter(byDay.Values)))
        {
            return Log;
        }
        return Linear(TypicalMagnitude(Figures(claims)));
    }

    private static void Note(double? value, ref bool any, ref bool negative)
    {
        if (value is { } v && double.IsFinite(v))
        {
            any = true;
            negative |= v < 0;
        }
    }

    private static List<double> Figures(IReadOnlyList<ClaimInput> claims)
    {
        var figures = new List<double>(claims.Count);
        foreach (var claim in claims)
        {
            if (claim.Quantity is { } q)
            {
                figures.AddRange(new[] { q.Point, q.Low, q.High }.Where(x => x is { } v && double.IsFinite(v)).Select(x => x!.Value));
            }
        }
        return figures;
    }

    /// <summary>The larger of the median absolute figure and the figures' robust spread (1 when all are zero).</summary>
    internal static double TypicalMagnitude(List<double> figures)
    {
        var abs = figures.ConvertAll(Math.Abs);
        var median = Numerics.Median.Of(figures);
        var mad = 1.4826 * Numerics.Median.Of(figures.ConvertAll(x => Math.Abs(x - median)));
        var unit = Math.Max(Numerics.Median.Of(abs), mad);
        return unit > 0 ? unit : abs.Exists(x => x > 0) ? abs.Where(x => x > 0).Min() : 1;
    }

    /// <summary>Profile log likelihoods of the figures around their day's mean, Gaussian on either scale.</summary>
    private static bool AdditiveFitsBetter(IEnumerable<List<double>> days)
    {
        double ssLinear = 0, ssLog = 0, jacobian = 0;
        var n = 0;
        var dof = 0;
        foreach (var day in days)
        {
            if (day.Count < 2)
            {
                continue;
            }
            var meanLinear = day.Average();
            var meanLog = day.Average(x => Math.Log(1 + x));
            foreach (var x in day)
            {
                ssLinear += (x - meanLinear) * (x - meanLinear);
                ssLog += (Math.Log(1 + x) - meanLog) * (Math.Log(1 + x) - meanLog);
                jacobian += Math.Log(1 + x);
            }
            n += day.Count;
            dof += day.Count - 1;
        }
        // Too few repeated days to tell, or identical figures: keep relative errors, the usual case for counts.
        if (dof < 5 || ssLinear <= 0 || ssLog <= 0)
        {
            return false;
        }
        var linear = -0.5 * n * Math.Log(ssLinear / n);
        var log = -0.5 * n * Math.Log(ssLog / n) - jacobian;
        return linear > log;
    }
}
