using Conflict.Extraction.Text;

namespace Conflict.Extraction.Lexicon;

/// <summary>
/// Multi-token phrases ("more than", "sq. km", "jusqu'à") tokenized and folded like the text, with the values
/// they stand for. Lookups go by first token, so a match costs a dictionary probe per position.
/// </summary>
internal sealed class PhraseSet<T> : IBindable
{
    private readonly Dictionary<string, List<Entry>> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _prefixes = new(StringComparer.Ordinal);
    private const int PrefixKey = 3;

    public int Count { get; private set; }

    /// <summary>The vocabulary bit of this set, or -1 when unbound (then every token is probed).</summary>
    public int Bit { get; private set; } = -1;

    /// <summary>Binds a set shared by every model (static data) to a fixed vocabulary bit.</summary>
    public PhraseSet<T> BindStatic()
    {
        Bit = Vocabulary.RegisterStatic(StartsAt);
        return this;
    }

    public PhraseSet<T> Bind(Vocabulary vocabulary)
    {
        Bit = vocabulary.Register(StartsAt);
        return this;
    }

    void IBindable.Bind(Vocabulary vocabulary) => Bind(vocabulary);

    /// <summary>Whether some phrase of the set starts with <paramref name="key"/>.</summary>
    public bool StartsAt(string key)
    {
        if (_byFirst.ContainsKey(key))
        {
            return true;
        }
        if (key.Length >= PrefixKey && _prefixes.TryGetValue(key[..PrefixKey], out var stems))
        {
            return stems.Exists(s => key.StartsWith(s.Keys[0], StringComparison.Ordinal));
        }
        return false;
    }

    public PhraseSet<T> Add(string phrase, T value)
    {
        var keys = new Tokenizer().Tokenize(phrase).Where(t => !t.IsQuote).Select(t => t.Key).ToArray();
        if (keys.Length == 0)
        {
            return this;
        }
        if (keys.Length == 2 && keys[1] == "*" && keys[0].Length >= PrefixKey)
        {
            // "contrôl*": one word starting with the stem
            AddTo(_prefixes, keys[0][..PrefixKey], [keys[0]], value);
            return this;
        }
        AddTo(_byFirst, keys[0], keys, value);
        return this;
    }

    private void AddTo(Dictionary<string, List<Entry>> index, string first, string[] keys, T value)
    {
        if (!index.TryGetValue(first, out var entries))
        {
            entries = [];
            index[first] = entries;
        }
        var existing = entries.Find(e => e.Keys.AsSpan().SequenceEqual(keys));
        if (existing is null)
        {
            existing = new Entry(keys, []);
            entries.Add(existing);
            entries.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
            Count++;
        }
        if (!existing.Values.Contains(value))
        {
            existing.Values.Add(value);
        }
    }

    public PhraseSet<T> AddAll(IEnumerable<string> phrases, T value)
    {
        foreach (var phrase in phrases)
        {
            Add(phrase, value);
        }
        return this;
    }

    /// <summary>Longest phrase starting at <paramref name="i"/> and ending before <paramref name="end"/>; 0 if none.</summary>
    public int Match(List<Token> tokens, int i, int end, out IReadOnlyList<T> values)
    {
        values = [];
        if (i < 0 || i >= end || Bit >= 0 && !tokens[i].Has(Bit))
        {
            return 0;
        }
        var key = tokens[i].Key;
        if (_byFirst.TryGetValue(key, out var entries))
        {
            foreach (var entry in entries)
            {
                if (Matches(entry.Keys, tokens, i, end))
                {
                    values = entry.Values;
                    return entry.Keys.Length;
                }
            }
        }
        if (_prefixes.Count > 0 && key.Length >= PrefixKey && _prefixes.TryGetValue(key[..PrefixKey], out var stems))
        {
            foreach (var stem in stems)
            {
                if (key.StartsWith(stem.Keys[0], StringComparison.Ordinal))
                {
                    values = stem.Values;
                    return 1;
                }
            }
        }
        return 0;
    }

    /// <summary>Every phrase starting at <paramref name="i"/> (not only the longest), appended to <paramref name="found"/>.</summary>
    public void MatchAll(List<Token> tokens, int i, int end, List<(int Length, List<T> Values)> found)
    {
        found.Clear();
        if (i < 0 || i >= end || Bit >= 0 && !tokens[i].Has(Bit))
        {
            return;
        }
        var key = tokens[i].Key;
        if (_byFirst.TryGetValue(key, out var entries))
        {
            foreach (var entry in entries)
            {
                if (Matches(entry.Keys, tokens, i, end))
                {
                    found.Add((entry.Keys.Length, entry.Values));
                }
            }
        }
        if (_prefixes.Count > 0 && key.Length >= PrefixKey && _prefixes.TryGetValue(key[..PrefixKey], out var stems))
        {
            foreach (var stem in stems)
            {
                if (key.StartsWith(stem.Keys[0], StringComparison.Ordinal))
                {
                    found.Add((1, stem.Values));
                }
            }
        }
    }

    public bool TryMatch(List<Token> tokens, int i, int end, out int length, out T value)
    {
        length = Match(tokens, i, end, out var values);
        value = length > 0 ? values[0] : default!;
        return length > 0;
    }

    /// <summary>Longest phrase that ends right before <paramref name="i"/> and starts at or after <paramref name="first"/>.</summary>
    public int MatchEndingAt(List<Token> tokens, int first, int i, out T value)
    {
        value = default!;
        for (var start = Math.Max(first, i - 5); start < i; start++)
        {
            if ((Bit < 0 || tokens[start].Has(Bit)) && _byFirst.TryGetValue(tokens[start].Key, out var entries))
            {
                foreach (var entry in entries)
                {
                    if (entry.Keys.Length == i - start && Matches(entry.Keys, tokens, start, i))
                    {
                        value = entry.Values[0];
                        return entry.Keys.Length;
                    }
                }
            }
        }
        return 0;
    }

    public bool Contains(List<Token> tokens, int i, int end) => Match(tokens, i, end, out _) > 0;

    private static bool Matches(string[] keys, List<Token> tokens, int i, int end)
    {
        if (i + keys.Length > end)
        {
            return false;
        }
        for (var k = 1; k < keys.Length; k++)
        {
            if (!string.Equals(tokens[i + k].Key, keys[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private sealed record Entry(string[] Keys, List<T> Values);
}
