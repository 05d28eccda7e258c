using Conflict.Extraction.Attribution;
using Conflict.Extraction.Dates;
using Conflict.Extraction.Numbers;
using Conflict.Extraction.Scope;
using Conflict.Extraction.Text;

namespace Conflict.Extraction;

/// <summary>Turns the figures of one sentence into claims: measure, scope, attribution, as-of date, quote.</summary>
internal sealed class ClaimBuilder(LanguageModel model, DocumentText doc, SentenceFacts[] facts, Attributor attributor,
    DateOnly published, string publisher, string dominantPlace)
{
    public void AddClaims(int index, bool[] masked, List<ExtractedClaim> claims)
    {
        var s = doc.Sentences[index];
        var t = doc.Tokens;
        var f = facts[index];
        Array.Clear(masked, s.First, s.Length);
        NumberMask.Apply(t, s.First, s.End, masked, f.Dates, model.Lex);
        var quantities = ReadQuantities(s, masked);
        if (quantities.Count == 0)
        {
            return;
        }
        var periods = Periods(s, f);
        var actors = model.Actors.Find(t, s.First, s.End);
        foreach (var q in quantities)
        {
            if (IsNegatedOrComparative(s, q))
            {
                continue;
            }
            var period = periods.Exists(p => p >= q.Start - PeriodReach && p <= q.End + PeriodReach);
            var match = model.Matcher.Match(t, s, q, quantities, period);
            if (match is null)
            {
                continue;
            }
            var measure = model.Index.Measures[match.Measure];
            var who = attributor.Attribute(index, q.NumberStart);
            var valueText = SpeakerResolver.Slice(doc.Text, t[q.Start].Start, t[q.End - 1].End);
            if (who.Speaker.Name.StartsWith(valueText + " ", StringComparison.OrdinalIgnoreCase))
            {
                // "Three captives confirmed that ...": the figure is the speaker, not a statement
                continue;
            }
            var places = attributor.QuoteOf(q.NumberStart) is { } quote ? f.Places.FindAll(p => quote.Contains(p.Start)) : f.Places;
            var general = ScopeResolver.Place(measure with { Unit = "count" }, q, t, s, places, "", dominantPlace);
            var party = model.Scope.Party(measure, match.TriggerKey, match.Nationality, q, actors, who.Speaker.Party, general);
            var place = measure.Unit == "percent" && measure.Kind == "level" ? ScopeResolver.Place(measure, q, t, s, places, party, dominantPlace) : general;
            var date = DateFor(index, q, who);
            var quoteStart = t[s.First].Start;
            var quoteEnd = t[s.End - 1].End;
            claims.Add(new ExtractedClaim
            {
                Measure = measure.Id,
                Party = party,
                Place = place,
                Qualifier = q.Qualifier,
                Low = q.Low,
                High = q.High,
                Point = q.Point,
                Unit = q.Unit,
                ValueText = valueText,
                AsOfStart = date.PeriodStart ?? date.Date,
                AsOfEnd = date.Date,
                ClaimantText = who.Speaker.Name,
                ClaimantKind = who.Speaker.Kind,
                ReporterText = who.Reporter.Length > 0 ? who.Reporter : who.Speaker.Kind == SpeakerKind.Publisher ? "" : publisher,
                Quote = doc.Text[quoteStart..quoteEnd],
                QuoteStart = quoteStart,
                QuoteEnd = quoteEnd,
                Confidence = Confidence(match.Score, who, f.Places.Count > 0),
            });
        }
    }

    private List<Quantity> ReadQuantities(Sentence s, bool[] masked)
    {
        var found = new List<Quantity>();
        for (var k = s.First; k < s.End; k++)
        {
            if (model.Quantities.TryRead(doc.Tokens, k, s.End, masked) is { } q)
            {
                found.Add(q);
                k = q.End - 1;
            }
        }
        return found;
    }

    private const int PeriodReach = 8;

    private static readonly HashSet<string> Negations = Lexicon.Lexicon.Set(["not", "no", "never", "pas", "non", "jamais", "ni", "nor"]);
    private static readonly HashSet<string> Comparatives = Lexicon.Lexicon.Set(["more", "less", "fewer", "larger", "smaller", "higher", "lower"]);
    /// <summary>"five people, including two children": the second figure is part of the first.</summary>
    private static readonly HashSet<string> Subsets = Lexicon.Lexicon.Set(["including", "among", "dont", "parmi", "notamment", "incl"]);
    private static readonly HashSet<string> Than = Lexicon.Lexicon.Set(["than", "que", "qu'"]);

    /// <summary>Where the sentence speaks of a period ("since May 10", "over the past week", "depuis").</summary>
    private List<int> Periods(Sentence s, SentenceFacts f)
    {
        var found = f.Dates.Where(d => d.PeriodStart is not null).Select(d => d.Start).ToList();
        for (var k = s.First; k < s.End; k++)
        {
            if (model.Lex.Periods.Contains(doc.Tokens, k, s.End))
            {
                found.Add(k);
            }
        }
        return found;
    }

    /// <summary>"not ten villages", "a third more than in February", "10 km de plus que": no claim of a level.</summary>
    private bool IsNegatedOrComparative(Sentence s, Quantity q)
    {
        var t = doc.Tokens;
        if (q.Start > s.First && (Negations.Contains(t[q.Start - 1].Key) || Subsets.Contains(t[q.Start - 1].Key)))
        {
            return true;
        }
        var k = q.End + (q.End < s.End && t[q.End].Key == "de" ? 1 : 0);
        return k + 1 < s.End && (Comparatives.Contains(t[k].Key) || t[k].Key == "plus" && k > q.End || t[k].Key == "moins" && k > q.End)
            && Than.Contains(t[k + 1].Key);
    }

    private bool AfterThan(DateMention d)
        => d.Start - 1 >= 0 && Than.Contains(doc.Tokens[d.Start - 1].Key)
           || d.Start - 2 >= 0 && Than.Contains(doc.Tokens[d.Start - 2].Key);

    /// <summary>The date nearest the figure in its sentence, else the date of the sentence it inherited its claimant from, else publication.</summary>
    private DateMention DateFor(int index, Quantity q, Attributed who)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in facts[index].Dates)
        {
            var distance = d.Start >= q.End ? d.Start - q.End : q.Start - d.End;
            if (distance >= 0 && distance < bestDistance && !AfterThan(d))
            {
                (best, bestDistance) = (d, distance);
            }
        }
        if (best is null && who.SourceSentence != index && facts[who.SourceSentence].Dates.Count > 0)
        {
            best = facts[who.SourceSentence].Dates[0];
        }
        return best ?? new DateMention(0, 0, published, null, false);
    }

    private static double Confidence(double score, Attributed who, bool placeNamed)
    {
        var c = 0.4 + Math.Clamp(score, 0, 16) / 40 + (who.Speaker.Kind == SpeakerKind.Publisher ? 0 : 0.15) + (placeNamed ? 0.05 : 0);
        return Math.Round(Math.Clamp(c, 0.1, 0.99), 2);
    }
}
