namespace Conflict.Sources.Resolution;

/// <summary>
/// Resolves a name as written in an article to a source. Pure: it works on an in-memory <see cref="NameIndex"/>.
/// It tries readings from the most literal to the loosest and keeps the first that matches: the whole name,
/// the name without leading articles, the publisher for "the agency", a surname alone, the part before or inside
/// parentheses, the body behind "... source" or "... spokesman", a person's name after titles ("le président russe
/// Vladimir Poutine"), and collective names ("Russian authorities", "an unnamed Ukrainian colonel").
/// Several sources matching about equally well make the answer ambiguous: candidates, no guess.
/// </summary>
internal sealed class SourceResolver(NameIndex index)
{
    /// <summary>Candidates closer than this to the best one make the name ambiguous.</summary>
    private const double AmbiguityMargin = 0.03;

    private const int MaxCandidates = 10;

    public SourceResolver(IReadOnlyList<ResolvableSource> sources)
        : this(new NameIndex(sources))
    {
    }

    public ResolutionResult Resolve(string text, string language, string publisher)
        => Decide(Collect(text, language, publisher, followPublisher: true));

    private List<ResolvedMatch> Collect(string text, string language, string publisher, bool followPublisher)
    {
        var key = NameKey.Of(text);
        if (key.Length == 0)
        {
            return [];
        }
        var tokens = WithoutArticles(NameKey.Tokens(text, splitApostrophes: true));
        var stripped = string.Join(' ', tokens);
        IEnumerable<Func<List<ResolvedMatch>>> readings =
        [
            () => index.Lookup(key, language, 1.0, 0.92, peopleOnly: false),
            () => stripped.Length > 0 && stripped != key ? index.Lookup(stripped, language, 0.97, 0.9, peopleOnly: false) : [],
            () => followPublisher && publisher.Length > 0 && NameWords.PublisherReferences.Contains(stripped)
                ? Scale(Collect(publisher, language, publisher, followPublisher: false), 0.9) : [],
            () => tokens.Count == 1 ? index.Surname(tokens[0], language, 0.85) : [],
            () => Parenthesized(text, language, publisher),
            () => WithoutVoice(tokens, language),
            () => PersonAfterTitles(tokens, language),
            () => Collective(tokens),
        ];
        foreach (var reading in readings)
        {
            var hits = reading();
            if (hits.Count > 0)
            {
                return hits;
            }
        }
        return [];
    }

    /// <summary>"Pentagon (Sabrina Singh)": the part before the parenthesis, else the part inside.</summary>
    private List<ResolvedMatch> Parenthesized(string text, string language, string publisher)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return [];
        }
        var close = text.IndexOf(')', open);
        var before = text[..open];
        var inside = close > open ? text[(open + 1)..close] : text[(open + 1)..];
        var hits = before.Trim().Length > 0 ? Scale(Collect(before, language, publisher, followPublisher: false), 0.95) : [];
        return hits.Count > 0 ? hits : Scale(Collect(inside, language, publisher, followPublisher: false), 0.85);
    }

    /// <summary>"Ukrainian General Staff source": the body whose voice this is.</summary>
    private List<ResolvedMatch> WithoutVoice(List<string> tokens, string language)
    {
        var count = tokens.Count;
        while (count > 1 && NameWords.Voices.Contains(tokens[count - 1]))
        {
            count--;
        }
        return count < tokens.Count ? index.Lookup(string.Join(' ', tokens.Take(count)), language, 0.88, 0.85, peopleOnly: false) : [];
    }

    /// <summary>
    /// "General Syrsky", "le ministre russe des Affaires étrangères Sergueï Lavrov": the longest tail of the name that
    /// is a person's name or surname. A nationality among the dropped words penalizes people of other countries.
    /// </summary>
    private List<ResolvedMatch> PersonAfterTitles(List<string> tokens, string language)
    {
        for (var skip = 1; skip < tokens.Count; skip++)
        {
            var tail = tokens.Skip(skip).ToList();
            var hits = index.Lookup(string.Join(' ', tail), language, 0.95, 0.9, peopleOnly: true);
            if (hits.Count == 0 && tail.Count == 1)
            {
                hits = index.Surname(tail[0], language, 0.85);
            }
            if (hits.Count > 0)
            {
                var countries = tokens.Take(skip).Select(t => NameWords.Nationalities.GetValueOrDefault(t)).OfType<string>().ToHashSet();
                return [.. hits.Select(h => countries.Count == 0 || countries.Contains(index.CountryOf(h.SourceId)) ? h : h.Scaled(0.6))];
            }
        }
        return [];
    }

    /// <summary>"Russian authorities", "les autorités russes", "an unnamed Ukrainian colonel": the country's top body of that kind.</summary>
    private List<ResolvedMatch> Collective(List<string> tokens)
    {
        if (tokens.Count is 0 or > 4)
        {
            return [];
        }
        var country = tokens.Select(t => NameWords.Nationalities.GetValueOrDefault(t)).OfType<string>().Distinct().ToList();
        var kinds = tokens.Select(NameWords.CollectiveKind).OfType<V1.SourceKind>().Distinct().ToList();
        return country.Count == 1 && kinds.Count == 1 ? index.TopOfKind(kinds[0], country[0], 0.8) : [];
    }

    private static List<string> WithoutArticles(IReadOnlyList<string> tokens)
        => [.. tokens.SkipWhile(t => NameWords.Articles.Contains(t))];

    private static List<ResolvedMatch> Scale(List<ResolvedMatch> hits, double factor) => [.. hits.Select(h => h.Scaled(factor))];

    private static ResolutionResult Decide(List<ResolvedMatch> hits)
    {
        var ranked = hits
            .GroupBy(h => h.SourceId, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(h => h.Confidence).First())
            .OrderByDescending(h => h.Confidence).ThenBy(h => h.DisplayName, StringComparer.Ordinal)
            .Take(MaxCandidates + 1)
            .ToList();
        if (ranked.Count == 0)
        {
            return ResolutionResult.None;
        }
        if (ranked.Count > 1 && ranked[0].Confidence - ranked[1].Confidence < AmbiguityMargin)
        {
            return new ResolutionResult(null, [.. ranked.Take(MaxCandidates)], Ambiguous: true);
        }
        return new ResolutionResult(ranked[0], [.. ranked.Skip(1)], Ambiguous: false);
    }
}
