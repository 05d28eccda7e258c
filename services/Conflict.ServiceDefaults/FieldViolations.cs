using System.Collections;

namespace Conflict.ServiceDefaults;

/// <summary>
/// Collects every problem of a request so the caller learns them all at once:
/// <c>v.Add("source.display_name", "is required"); v.ThrowIfAny();</c>
/// </summary>
public sealed class FieldViolations : IEnumerable<(string Field, string Description)>
{
    private readonly List<(string Field, string Description)> _violations = [];

    public int Count => _violations.Count;

    public void Add(string field, string description) => _violations.Add((field, description));

    /// <summary>Adds the violation when <paramref name="condition"/> is false; returns the condition.</summary>
    public bool Require(bool condition, string field, string description)
    {
        if (!condition)
        {
            Add(field, description);
        }
        return condition;
    }

    /// <summary>Throws INVALID_ARGUMENT listing every violation, if there is any.</summary>
    public void ThrowIfAny(string? message = null)
    {
        if (_violations.Count > 0)
        {
            throw Errors.InvalidArgument(_violations, message);
        }
    }

    public IEnumerator<(string Field, string Description)> GetEnumerator() => _violations.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
