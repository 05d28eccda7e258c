namespace Conflict.Extraction.Scope;

/// <summary>Reads the place names shipped as data (<c>Scope/Data/*.tsv</c>, embedded in the assembly).</summary>
internal static class PlaceNames
{
    /// <summary>Hand-written press names first, then ISO 3166-1 country names.</summary>
    public static Lexicon.PhraseSet<string> Places()
    {
        var set = new Lexicon.PhraseSet<string>();
        foreach (var row in Rows("places.tsv"))
        {
            set.Add(row[1], row[0]);
        }
        foreach (var row in Rows("iso-places.tsv"))
        {
            if (row[1] == "country")
            {
                set.Add(row[2], row[0]);
            }
        }
        return set;
    }

    /// <summary>ISO 3166-2 subdivision names.</summary>
    public static Lexicon.PhraseSet<string> Subdivisions()
    {
        var set = new Lexicon.PhraseSet<string>();
        foreach (var row in Rows("iso-places.tsv"))
        {
            if (row[1] == "subdivision")
            {
                set.Add(row[2], row[0]);
            }
        }
        return set;
    }

    private static IEnumerable<string[]> Rows(string file)
    {
        var assembly = typeof(PlaceNames).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Scope.Data." + file, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (header)
            {
                header = false;
                continue;
            }
            yield return line.Split('\t');
        }
    }
}
