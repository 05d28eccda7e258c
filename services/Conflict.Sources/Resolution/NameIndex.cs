using Conflict.Sources.V1;

namespace Conflict.Sources.Resolution;

/// <summary>
/// Lookup tables over every name of every source: by normalized key, by transliteration skeleton, and (for
/// people) by the skeleton of the surname, the last token of each of their full names.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, ResolvableSource> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Dictionary<string, List<Entry>> Table, string Key)>> _placed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _skeleton = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _surname = new(StringComparer.Ordinal);

    public NameIndex(IEnumerable<ResolvableSource> sources)
    {
        foreach (var source in sources)
        {
            Put(source);
        }
    }

    public int Count => _byId.Count;

    /// <summary>Adds a source, replacing the one with the same id. Not thread-safe: callers serialize writes with reads.</summary>
    public void Put(ResolvableSource source)
    {
        Remove(source.Id);
        _byId[source.Id] = source;
        var placed = _placed[source.Id] = [];
        foreach (var name in source.Names)
        {
            var entry = new Entry(source, name);
            foreach (var key in Keys(name.Text))
            {
                Add(_exact, key, entry, placed);
                Add(_skeleton, Transliteration.Skeleton(key), entry, placed);
            }
            var full = Transliteration.Skeleton(NameKey.Of(name.Text));
            if (source.Person && full.Contains(' ', StringComparison.Ordinal) && IsPersonalName(name.Text))
            {
                Add(_surname, full[(full.LastIndexOf(' ') + 1)..], entry, placed);
            }
        }
    }

    /// <summary>Removes a source and its names, if present.</summary>
    public void Remove(string id)
    {
        if (!_placed.Remove(id, out var placed))
        {
            return;
        }
        _byId.Remove(id);
        foreach (var (table, key) in placed)
        {
            if (table.TryGetValue(key, out var list) && list.RemoveAll(e => e.Source.Id == id) > 0 && list.Count == 0)
            {
                table.Remove(key);
            }
        }
    }

    /// <summary>Sources having this normalized name, else this skeleton, scored with the given confidences.</summary>
    public List<ResolvedMatch> Lookup(string key, string language, double exact, double skeleton, bool peopleOnly)
    {
        var hits = Score(_exact.GetValueOrDefault(key), language, exact, peopleOnly);
        // A short name is an acronym: spelled otherwise it is another body ("UN" is not "UNN")
        return hits.Count > 0 || key.Length < MinSkeletonKey ? hits : Score(_skeleton.GetValueOrDefault(Transliteration.Skeleton(key)), language, skeleton, peopleOnly);
    }

    private const int MinSkeletonKey = 4;

    /// <summary>"Vladimir Putin" has a surname; "le président russe", a title alias of the same person, has none
    /// ("russe" alone must not find him).</summary>
    private static bool IsPersonalName(string text)
    {
        var tokens = NameKey.Tokens(text, splitApostrophes: true);
        return tokens.Count >= 2 && !NameWords.Articles.Contains(tokens[0]) && !NameWords.Nationalities.ContainsKey(tokens[^1]);
    }

    /// <summary>People whose surname has the skeleton of this one-token name.</summary>
    public List<ResolvedMatch> Surname(string token, string language, double confidence)
        => Score(_surname.GetValueOrDefault(Transliteration.Skeleton(token)), language, confidence, peopleOnly: true);

    /// <summary>
    /// The bodies at the top of a kind in a country: not people, and whose parent (if any) is of another kind,
    /// e.g. the Armed Forces of Ukraine for (military, UA), not the General Staff under them.
    /// </summary>
    public List<ResolvedMatch> TopOfKind(SourceKind kind, string country, double confidence)
        => [.. _byId.Values
            .Where(s => s.Kind == kind && s.Country == country && !s.Person)
            .Where(s => !_byId.TryGetValue(s.ParentId, out var parent) || parent.Kind != kind)
            .Select(s => new ResolvedMatch(s.Id, s.DisplayName, confidence, s.DisplayName))];

    /// <summary>A name's key, and its key without leading articles ("the Citadel" is also found as "Citadel").</summary>
    public static IEnumerable<string> Keys(string name)
    {
        var key = NameKey.Of(name);
        var bare = string.Join(' ', NameKey.Tokens(name, splitApostrophes: true).SkipWhile(NameWords.Articles.Contains));
        return new[] { key, bare }.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal);
    }

    public string CountryOf(string id) => _byId.TryGetValue(id, out var source) ? source.Country : "";

    private static List<ResolvedMatch> Score(List<Entry>? entries, string language, double confidence, bool peopleOnly)
    {
        if (entries is null)
        {
            return [];
        }
        return [.. entries
            .Where(e => !peopleOnly || e.Source.Person)
            .Select(e => new ResolvedMatch(e.Source.Id, e.Source.DisplayName, confidence * LanguageFactor(e.Name.Language, language), e.Name.Text))];
    }

    /// <summary>An alias marked for another language than the document's is slightly less likely meant.</summary>
    private static double LanguageFactor(string aliasLanguage, string language)
        => aliasLanguage.Length == 0 || language.Length == 0 || Primary(aliasLanguage) == Primary(language) ? 1.0 : 0.97;

    private static string Primary(string tag) => tag.Split('-')[0].ToLowerInvariant();

    private static void Add(Dictionary<string, List<Entry>> table, string key, Entry entry, List<(Dictionary<string, List<Entry>>, string)> placed)
    {
        if (!table.TryGetValue(key, out var list))
        {
            table[key] = list = [];
        }
        list.Add(entry);
        placed.Add((table, key));
    }

    private sealed record Entry(ResolvableSource Source, ResolvableName Name);
}
