namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>Finds statements about overlapping or nearby days that cannot all be true within their stated
/// precision (standardised gap above the threshold, allowing for the drift between their days), and groups them.</summary>
internal static class ConflictFinder
{
    private const int WindowDays = 14;

    /// <summary>Conflict groups of a variable.</summary>
    public static IReadOnlyList<ConflictGroup> Find(PreparedVariable v, double drift, double threshold)
    {
        var st = v.Statements;
        var order = new int[st.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        var ends = new int[st.Length];
        for (var i = 0; i < ends.Length; i++)
        {
            ends[i] = st[i].EndNode;
        }
        Array.Sort(ends, order);
        var parent = new int[st.Length];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }
        var pairs = new List<(int A, int B, double Separation, double Ratio)>();
        for (var x = 0; x < order.Length; x++)
        {
            var i = order[x];
            for (var y = x + 1; y < order.Length; y++)
            {
                var j = order[y];
                if (v.Days[st[j].EndNode] - v.Days[st[i].EndNode] > WindowDays)
                {
                    break;
                }
                if (Compare(v, st[i], st[j], drift) is { } c && c.Separation > threshold)
                {
                    pairs.Add((i, j, c.Separation, c.Ratio));
                    parent[Find(parent, i)] = Find(parent, j);
                }
            }
        }
        return pairs.Count == 0 ? [] : Groups(v, pairs, parent);
    }

    private static (double Separation, double Ratio)? Compare(PreparedVariable v, Statement a, Statement b, double drift)
    {
        var gapDays = Math.Max(0, Math.Max(v.Days[b.FromNode] - v.Days[a.EndNode], v.Days[a.FromNode] - v.Days[b.EndNode]));
        if (v.IsCategorical)
        {
            return gapDays == 0 && a.Category != b.Category ? (double.PositiveInfinity, double.NaN) : null;
        }
        if (v.Spec.Kind == MeasureKind.Flow && (a.FromNode != b.FromNode || a.EndNode != b.EndNode))
        {
            return null;
        }
        var gap = Math.Max(Math.Max(b.Value.Low - a.Value.High, a.Value.Low - b.Value.High), 0);
        if (gap <= 0)
        {
            return null;
        }
        var spread = Math.Sqrt(a.Value.RoundingVariance + b.Value.RoundingVariance + drift * gapDays);
        return (gap / spread, Math.Exp(gap));
    }

    private static List<ConflictGroup> Groups(PreparedVariable v, List<(int A, int B, double Separation, double Ratio)> pairs, int[] parent)
    {
        var firstClaim = new int[v.Statements.Length];
        Array.Fill(firstClaim, -1);
        for (var c = v.ClaimStatement.Length - 1; c >= 0; c--)
        {
            if (v.ClaimStatement[c] >= 0)
            {
                firstClaim[v.ClaimStatement[c]] = c;
            }
        }
        var byRoot = new Dictionary<int, (SortedSet<string> Ids, int From, int To, double Separation, double Ratio)>();
        foreach (var (a, b, separation, ratio) in pairs)
        {
            var root = Find(parent, a);
            if (!byRoot.TryGetValue(root, out var g))
            {
                g = (new SortedSet<string>(StringComparer.Ordinal), int.MaxValue, int.MinValue, 0.0, 1.0);
            }
            foreach (var s in (ReadOnlySpan<int>)[a, b])
            {
                g.Ids.Add(firstClaim[s] >= 0 ? v.Claims[firstClaim[s]].Id : v.Statements[s].Key);
                g.From = Math.Min(g.From, v.Days[v.Statements[s].FromNode]);
                g.To = Math.Max(g.To, v.Days[v.Statements[s].EndNode]);
            }
            g.Separation = Math.Max(g.Separation, separation);
            g.Ratio = double.IsNaN(ratio) ? ratio : Math.Max(g.Ratio, ratio);
            byRoot[root] = g;
        }
        var groups = new List<ConflictGroup>(byRoot.Count);
        foreach (var g in byRoot.Values)
        {
            groups.Add(new ConflictGroup([.. g.Ids], DateOnly.FromDayNumber(g.From), DateOnly.FromDayNumber(g.To), g.Separation, g.Ratio));
        }
        groups.Sort((x, y) => x.From.CompareTo(y.From));
        return groups;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
