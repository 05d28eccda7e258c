using Conflict.Claims.Extraction.Attribution;
using Conflict.Claims.Extraction.Dates;
using Conflict.Claims.Extraction.Numbers;
using Conflict.Claims.Extraction.Scope;
using Conflict.Claims.Extraction.Text;

namespace Conflict.Claims.Extraction;

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
        var period = f.Dates.Exists(d => d.PeriodStart is not null) || HasPeriod(s);
        var actors = model.Actors.Find(t, s.First, s.End);
        foreach (var q in quantities)
        {
            var match = model.Matcher.Match(t, s, q, quantities, period);
            if (match is null)
            {
                continue;
            }
            var measure = model.Index.Measures[match.Measure];
            var who = attributor.Attribute(index, q.NumberStart);
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
                ValueText = SpeakerResolver.Slice(doc.Text, t[q.Start].Start, t[q.End - 1].End),
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

    private bool HasPeriod(Sentence s)
    {
        for (var k = s.First; k < s.End; k++)
        {
            if (model.Lex.Periods.Contains(doc.Tokens, k, s.End))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The date nearest the figure in its sentence, else the date of the sentence it inherited its claimant from, else publication.</summary>
    private DateMention DateFor(int index, Quantity q, Attributed who)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in facts[index].Dates)
        {
            var distance = d.Start >= q.End ? d.Start - q.End : q.Start - d.End;
            if (distance >= 0 && distance < bestDistance)
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
