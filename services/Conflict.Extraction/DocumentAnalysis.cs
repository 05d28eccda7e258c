using Conflict.Extraction.Attribution;
using Conflict.Extraction.Numbers;
using Conflict.Extraction.Scope;
using Conflict.Extraction.Text;

namespace Conflict.Extraction;

/// <summary>
/// One extraction run over one document. The first pass reads every sentence in order (titles, attributions,
/// places, dates) so that pronouns and "this region" resolve; the second turns figures into claims.
/// </summary>
internal sealed class DocumentAnalysis(LanguageModel model, DocumentText doc, DateOnly published, string publisher)
{
    private readonly SentenceFacts[] _facts = new SentenceFacts[doc.Sentences.Count];
    private readonly SpeakerMemory _speakers = new();
    private readonly PlaceMemory _places = new();
    private DateOnly? _anchor;

    public List<ExtractedClaim> Run()
    {
        _places.NameCountries(PlaceFinder.CountriesNamed(doc.Tokens));
        var sentenceOf = new int[doc.Tokens.Count];
        for (var i = 0; i < doc.Sentences.Count; i++)
        {
            var s = doc.Sentences[i];
            Array.Fill(sentenceOf, i, s.First, s.Length);
            _facts[i] = Observe(s);
        }
        var quoteSpeakers = Attributor.QuoteSpeakers(doc, _facts, sentenceOf);
        var attributor = new Attributor(doc, _facts, quoteSpeakers, new Speaker(publisher, "", SpeakerKind.Publisher));
        var builder = new ClaimBuilder(model, doc, _facts, attributor, published, publisher, _places.Dominant());
        var masked = new bool[doc.Tokens.Count];
        var claims = new List<ExtractedClaim>();
        for (var i = 0; i < doc.Sentences.Count; i++)
        {
            if (_facts[i].HasNumbers)
            {
                _facts[i].Dates = model.Dates.Find(doc.Tokens, doc.Sentences[i].First, doc.Sentences[i].End, published, _anchor);
                builder.AddClaims(i, masked, claims);
            }
        }
        return claims;
    }

    private SentenceFacts Observe(Sentence s)
    {
        model.Resolver.ObserveTitles(doc, s.First, s.End, _speakers);
        var facts = new SentenceFacts
        {
            Frames = model.Frames.Find(doc, s, _speakers),
            Places = model.Places.Find(doc.Tokens, s.First, s.End, _places),
            HasNumbers = HasNumbers(s),
        };
        if (facts.HasNumbers || facts.Frames.Count > 0)
        {
            facts.Dates = model.Dates.Find(doc.Tokens, s.First, s.End, published, null);
            _anchor ??= facts.Dates.Find(d => d.Explicit && d.Date <= published) is { Explicit: true } first ? first.Date : null;
        }
        return facts;
    }

    private bool HasNumbers(Sentence s)
    {
        var lex = model.Lex;
        for (var k = s.First; k < s.End; k++)
        {
            var key = doc.Tokens[k].Key;
            if (doc.Tokens[k].IsNumber)
            {
                return true;
            }
            if (!doc.Tokens[k].Has(lex.NumberStartBit))
            {
                continue;
            }
            if (lex.NumberWords.ContainsKey(key) || lex.ScaleWords.ContainsKey(key)
                || lex.VagueNumbers.Contains(doc.Tokens, k, s.End) || lex.ApproximateNumbers.Contains(doc.Tokens, k, s.End)
                || lex.Fractions.Contains(doc.Tokens, k, s.End) || lex.ArticleOnes.Contains(key) && k + 1 < s.End && model.Index.Units.Contains(doc.Tokens, k + 1, s.End))
            {
                return true;
            }
        }
        return false;
    }
}
