namespace Conflict.Extraction.Scope;

/// <summary>What the document has said about places so far: the last region per country and how often each was named.</summary>
internal sealed class PlaceMemory
{
    private readonly Dictionary<string, string> _lastRegionByCountry = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, int First)> _counts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);
    private string _lastRegion = "";
    private int _order;

    /// <summary>Notes the countries the whole document names, before it is read (their subdivisions become
    /// recognisable).</summary>
    public void NameCountries(IEnumerable<string> codes)
    {
        foreach (var code in codes)
        {
            _countries.Add(Gazetteer.CountryOf(code));
        }
    }

    /// <summary>True when the document names <paramref name="country"/> somewhere.</summary>
    public bool IsNamed(string country) => _countries.Contains(country);

    /// <summary>Notes a mention; one introduced by "in", "au", "into"... says where things happen and counts double
    /// (an article about strikes "on Lebanon" names Israel as often, as the actor).</summary>
    public void Observe(string code, bool locative)
    {
        var seen = _counts.TryGetValue(code, out var c) ? c : (0, _order++);
        _counts[code] = (seen.Item1 + (locative ? 2 : 1), seen.Item2);
        if (code.Contains('-', StringComparison.Ordinal))
        {
            _lastRegion = code;
            _lastRegionByCountry[Gazetteer.CountryOf(code)] = code;
        }
    }

    /// <summary>The last region named in <paramref name="country"/> (any country when empty).</summary>
    public string LastRegion(string country)
        => country.Length == 0 ? _lastRegion : _lastRegionByCountry.GetValueOrDefault(country, "");

    /// <summary>The region named most often (first named on ties), else the country named most often, else empty.</summary>
    public string Dominant()
    {
        var regions = _counts.Where(p => p.Key.Contains('-', StringComparison.Ordinal)).ToList();
        var pool = regions.Count > 0 ? regions : [.. _counts];
        return pool.Count == 0 ? "" : pool.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Value.First).First().Key;
    }
}
