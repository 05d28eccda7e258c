using Conflict.Claims.Extraction.Attribution;
using Conflict.Claims.Extraction.Dates;
using Conflict.Claims.Extraction.Matching;
using Conflict.Claims.Extraction.Numbers;
using Conflict.Claims.Extraction.Scope;
using Conflict.Claims.Measures;

namespace Conflict.Claims.Extraction;

/// <summary>Everything the extractor needs for one language, built once per catalog; immutable and thread-safe.</summary>
internal sealed class LanguageModel
{
    public LanguageModel(Lexicon.WordLists words, IReadOnlyList<MeasureDefinition> catalog)
    {
        Lex = new Lexicon.Lexicon(words);
        Index = new MeasureIndex(catalog, words.Language);
        Quantities = new QuantityReader(Lex, Index.Units);
        Matcher = new MeasureMatcher(Lex, Index);
        Dates = new DateFinder(Lex);
        Places = new PlaceFinder(Lex);
        Actors = new ActorFinder(Lex);
        Scope = new ScopeResolver(Lex);
        var names = new NameFinder(Lex);
        Resolver = new SpeakerResolver(Lex, names);
        Frames = new FrameFinder(Lex, Resolver, new SpeakerPhrases(Lex), names);
    }

    public Lexicon.Lexicon Lex { get; }
    public MeasureIndex Index { get; }
    public QuantityReader Quantities { get; }
    public MeasureMatcher Matcher { get; }
    public DateFinder Dates { get; }
    public PlaceFinder Places { get; }
    public ActorFinder Actors { get; }
    public ScopeResolver Scope { get; }
    public SpeakerResolver Resolver { get; }
    public FrameFinder Frames { get; }
}
