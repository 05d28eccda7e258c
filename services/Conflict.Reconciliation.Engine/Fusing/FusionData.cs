using System.Globalization;

namespace Conflict.Reconciliation.Engine.Fusing;

/// <summary>Fusion rows as arrays: objects typed numeric or categorical by majority of their values, categories
/// compared trimmed and case-insensitively, claims grouped per object.</summary>
internal sealed class FusionData
{
    public required string[] Objects { get; init; }
    public required bool[] Numeric { get; init; }
    public required string[] Sources { get; init; }
    /// <summary>Category names per object, as first written.</summary>
    public required List<string>[] Categories { get; init; }
    public required int[] Obj { get; init; }
    public required int[] Src { get; init; }
    /// <summary>Numeric value, or NaN for a categorical claim.</summary>
    public required double[] Number { get; init; }
    /// <summary>Category index within the object, or -1 for a numeric claim.</summary>
    public required int[] Category { get; init; }
    /// <summary>Claim indices per object.</summary>
    public required int[][] ByObject { get; init; }
    /// <summary>Category label shared across objects per claim (see <see cref="Baselines.CategoryLabels"/>), or -1.</summary>
    public required int[] Label { get; init; }
    /// <summary>The shared label of each of an object's categories.</summary>
    public required int[][] ObjectLabels { get; init; }
    /// <summary>How many shared labels there are.</summary>
    public required int LabelCount { get; init; }

    public static FusionData From(IReadOnlyList<FusionRow> rows)
    {
        var objectIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var sourceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var parsed = new double[rows.Count];
        var numericVotes = new List<int>();
        var totalVotes = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var o = Index(objectIndex, rows[i].ObjectKey);
            Index(sourceIndex, rows[i].Source);
            if (o == numericVotes.Count)
            {
                numericVotes.Add(0);
                totalVotes.Add(0);
            }
            parsed[i] = double.TryParse(rows[i].Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) ? x : double.NaN;
            numericVotes[o] += double.IsNaN(parsed[i]) ? 0 : 1;
            totalVotes[o]++;
        }
        var numeric = new bool[objectIndex.Count];
        for (var o = 0; o < numeric.Length; o++)
        {
            numeric[o] = numericVotes[o] * 2 >= totalVotes[o] && numericVotes[o] > 0;
        }
        return Build(rows, objectIndex, sourceIndex, parsed, numeric);
    }

    private static FusionData Build(IReadOnlyList<FusionRow> rows, Dictionary<string, int> objectIndex, Dictionary<string, int> sourceIndex, double[] parsed, bool[] numeric)
    {
        var categories = new List<string>[objectIndex.Count];
        var categoryKeys = new Dictionary<(int, string), int>();
        var obj = new List<int>(rows.Count);
        var src = new List<int>(rows.Count);
        var number = new List<double>(rows.Count);
        var category = new List<int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var o = objectIndex[rows[i].ObjectKey];
            categories[o] ??= [];
            if (numeric[o] && double.IsNaN(parsed[i]))
            {
                continue;
            }
            obj.Add(o);
            src.Add(sourceIndex[rows[i].Source]);
            number.Add(numeric[o] ? parsed[i] : double.NaN);
            category.Add(numeric[o] ? -1 : CategoryOf(categoryKeys, categories[o], o, rows[i].Value.Trim()));
        }
        var byObject = new List<int>[objectIndex.Count];
        for (var o = 0; o < byObject.Length; o++)
        {
            byObject[o] = [];
        }
        for (var i = 0; i < obj.Count; i++)
        {
            byObject[obj[i]].Add(i);
        }
        var labels = new Baselines.CategoryLabels();
        var objectLabels = categories.Select(names => names.Select(labels.Of).ToArray()).ToArray();
        return new FusionData
        {
            Objects = [.. objectIndex.OrderBy(kv => kv.Value).Select(kv => kv.Key)],
            Numeric = numeric,
            Sources = [.. sourceIndex.OrderBy(kv => kv.Value).Select(kv => kv.Key)],
            Categories = categories,
            Obj = [.. obj], Src = [.. src], Number = [.. number], Category = [.. category],
            ByObject = [.. byObject.Select(l => l.ToArray())],
            Label = [.. obj.Select((o, i) => category[i] < 0 ? -1 : objectLabels[o][category[i]])],
            ObjectLabels = objectLabels,
            LabelCount = labels.Count,
        };
    }

    private static int CategoryOf(Dictionary<(int, string), int> keys, List<string> names, int o, string value)
    {
        var key = (o, value.ToLowerInvariant());
        if (!keys.TryGetValue(key, out var c))
        {
            c = names.Count;
            keys[key] = c;
            names.Add(value);
        }
        return c;
    }

    private static int Index(Dictionary<string, int> index, string name)
    {
        if (!index.TryGetValue(name, out var i))
        {
            i = index.Count;
            index[name] = i;
        }
        return i;
    }
}
