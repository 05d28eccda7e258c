namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>Builds a <see cref="PreparedVariable"/>: collapses relays into statements, places nodes on the days with
/// evidence (and every day between them on request), and spreads period statements over their nodes.</summary>
internal static class VariablePreparer
{
    /// <summary>Prepares a variable; <paramref name="sourceOf"/> maps a claimant to its source index; a node is added
    /// on day <paramref name="through"/> when it lies past the last day with evidence.</summary>
    public static PreparedVariable Prepare(VariableInput input, Func<ClaimInput, int> sourceOf, int measure, bool dailyGrid, int? through = null)
    {
        var spec = input.Variable;
        var categorical = spec.Kind == MeasureKind.Categorical;
        var claims = input.Claims;
        var claimStatement = new int[claims.Count];
        var keys = new Dictionary<string, int>(claims.Count, StringComparer.Ordinal);
        var firstClaim = new List<int>(claims.Count);
        var values = new List<Stated>(claims.Count);
        var categories = new List<string>();
        var categoryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var statementCategory = new List<int>(claims.Count);
        var parsed = new Stated?[claims.Count];
        var scale = categorical ? Scale.Log : Scale.For(claims);
        for (var c = 0; c < claims.Count; c++)
        {
            parsed[c] = categorical ? null : claims[c].Quantity is { } q ? Stated.From(q, scale) : null;
        }
        var effectiveKeys = EchoCollapser.Keys(claims, parsed);
        for (var c = 0; c < claims.Count; c++)
        {
            var claim = claims[c];
            var stated = parsed[c];
            var category = categorical ? claim.Category?.Trim() : null;
            if ((categorical && string.IsNullOrEmpty(category)) || (!categorical && stated is null))
            {
                claimStatement[c] = -1;
                continue;
            }
            var key = effectiveKeys[c];
            if (!keys.TryGetValue(key, out var s))
            {
                s = firstClaim.Count;
                keys[key] = s;
                firstClaim.Add(c);
                values.Add(stated ?? default);
                statementCategory.Add(category is null ? -1 : CategoryIndex(category, categoryIndex, categories));
            }
            else if (stated is { } more && EchoCollapser.Imprecision(more) < EchoCollapser.Imprecision(values[s]))
            {
                // One claimant's wordings of one statement: the most precise figure stands for it.
                values[s] = more;
            }
            claimStatement[c] = s;
        }
        var days = NodeDays(claims, firstClaim, dailyGrid, through);
        var statements = new Statement[firstClaim.Count];
        var hasEvidence = new bool[days.Length];
        for (var s = 0; s < statements.Length; s++)
        {
            var claim = claims[firstClaim[s]];
            var end = Array.BinarySearch(days, claim.End.DayNumber);
            var from = Array.BinarySearch(days, claim.From.DayNumber);
            statements[s] = new Statement(effectiveKeys[firstClaim[s]], sourceOf(claim), end, from < 0 ? end : from, values[s], statementCategory[s]);
            hasEvidence[end] = true;
            hasEvidence[statements[s].FromNode] = true;
        }
        var observations = categorical ? [] : Observations(spec, claims, firstClaim, statements);
        return new PreparedVariable
        {
            Spec = spec,
            Measure = measure,
            Days = days,
            HasEvidence = hasEvidence,
            Statements = statements,
            ClaimStatement = claimStatement,
            Claims = claims,
            Observations = observations,
            Categories = [.. categories],
            Scale = scale,
            PriorMean = PriorMean(values),
            HasAdaptive = Array.Exists(observations, o => o.IsAdaptive),
            HasFlows = Array.Exists(observations, o => o.FromNode >= 0),
        };
    }

    private static int CategoryIndex(string category, Dictionary<string, int> index, List<string> names)
    {
        if (!index.TryGetValue(category, out var i))
        {
            i = names.Count;
            index[category] = i;
            names.Add(category);
        }
        return i;
    }

    private static int[] NodeDays(IReadOnlyList<ClaimInput> claims, List<int> firstClaim, bool dailyGrid, int? through)
    {
        if (firstClaim.Count == 0)
        {
            return [];
        }
        var all = new int[firstClaim.Count * 2 + 1];
        for (var i = 0; i < firstClaim.Count; i++)
        {
            all[2 * i] = claims[firstClaim[i]].From.DayNumber;
            all[2 * i + 1] = claims[firstClaim[i]].End.DayNumber;
        }
        var last = all[..^1].Max();
        all[^1] = through is { } t && t > last ? t : last;
        Array.Sort(all);
        var n = 0;
        for (var i = 0; i < all.Length; i++)
        {
            if (n == 0 || all[i] != all[n - 1])
            {
                all[n++] = all[i];
            }
        }
        if (dailyGrid && n > 1)
        {
            var grid = new int[all[n - 1] - all[0] + 1];
            for (var d = 0; d < grid.Length; d++)
            {
                grid[d] = all[0] + d;
            }
            return grid;
        }
        return all[..n];
    }

    private static Observation[] Observations(VariableSpec spec, IReadOnlyList<ClaimInput> claims, List<int> firstClaim, Statement[] statements)
    {
        var list = new List<Observation>(statements.Length);
        for (var s = 0; s < statements.Length; s++)
        {
            var st = statements[s];
            var direction = Direction(spec, claims[firstClaim[s]].Alignment);
            var periodic = st.FromNode != st.EndNode;
            if (spec.Kind == MeasureKind.Flow || !periodic)
            {
                // A flow over a period observes the change of its running total between the period's ends.
                list.Add(new Observation
                {
                    Node = st.EndNode, FromNode = spec.Kind == MeasureKind.Flow && periodic ? st.FromNode : -1,
                    Source = st.Source, Statement = s, Direction = direction, Value = st.Value, Split = 1, Weight = 1,
                });
                continue;
            }
            // A level or total stated for a whole period constrains every node in it; its information is shared.
            var split = st.EndNode - st.FromNode + 1;
            for (var node = st.FromNode; node <= st.EndNode; node++)
            {
                list.Add(new Observation
                {
                    Node = node, FromNode = -1, Source = st.Source, Statement = s, Direction = direction, Value = st.Value, Split = split, Weight = 1,
                });
            }
        }
        return [.. list];
    }

    /// <summary>+1 when the figure favours the claimant's side, -1 when it favours the other side, 0 otherwise.</summary>
    internal static int Direction(VariableSpec spec, string? alignment)
    {
        if (spec.Polarity == 0 || string.IsNullOrEmpty(spec.Party) || string.IsNullOrEmpty(alignment))
        {
            return 0;
        }
        return string.Equals(alignment, spec.Party, StringComparison.OrdinalIgnoreCase) ? spec.Polarity : -spec.Polarity;
    }

    private static double PriorMean(List<Stated> values)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            var x = v.IsPoint ? v.Low : double.IsFinite(v.Low) ? v.Low : v.High;
            if (double.IsFinite(x))
            {
                sum += x;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
