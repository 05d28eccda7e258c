namespace Conflict.Reconciliation.Engine.Baselines;

/// <summary>Category names as labels shared across objects (compared trimmed and case-insensitively), so that a
/// method with a confusion matrix per source sees "c3" on one object as the same class as "c3" on another.</summary>
internal sealed class CategoryLabels
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public int Of(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        if (!_index.TryGetValue(key, out var label))
        {
            label = _names.Count;
            _index[key] = label;
            _names.Add(name.Trim());
        }
        return label;
    }

    public string Name(int label) => _names[label];

    public int Count => _names.Count;
}
