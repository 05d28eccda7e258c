namespace Conflict.Claims.Common;

/// <summary>
/// Collects every field problem of a request under a path prefix, so that one answer lists them all
/// instead of stopping at the first.
/// </summary>
internal sealed class Problems
{
    private readonly List<FieldProblem> _items;
    private readonly string _prefix;

    public Problems(string prefix = "")
        : this(prefix, [])
    {
    }

    private Problems(string prefix, List<FieldProblem> items)
    {
        _prefix = prefix;
        _items = items;
    }

    public IReadOnlyList<FieldProblem> Items => _items;

    public bool Any => _items.Count > 0;

    public void Add(string field, string description)
        => _items.Add(new FieldProblem(Join(_prefix, field), description));

    public void AddRange(IEnumerable<FieldProblem> problems) => _items.AddRange(problems);

    /// <summary>A view of this collector whose fields sit under <paramref name="path"/>; it adds to the same list.</summary>
    public Problems Under(string path) => new(Join(_prefix, path), _items);

    /// <summary>Throws INVALID_ARGUMENT listing every problem, when there is one.</summary>
    public void ThrowIfAny()
    {
        if (_items.Count > 0)
        {
            throw RpcErrors.InvalidArgument(_items);
        }
    }

    private static string Join(string prefix, string field)
        => prefix.Length == 0 ? field : field.Length == 0 ? prefix : prefix + "." + field;
}
