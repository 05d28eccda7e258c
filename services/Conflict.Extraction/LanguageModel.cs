using Conflict.Extraction.Attribution;
using Conflict.Extraction.Dates;
using Conflict.Extraction.Matching;
using Conflict.Extraction.Numbers;
using Conflict.Extraction.Scope;
using Conflict.Extraction.Catalog;

namespace Conflict.Extraction;

/// <summary>Everything the extractor needs for one language, built once per catalog; immutable and thread-safe.</summary>
internal sealed class LanguageModel
{
    public LanguageModel(Lexicon.WordLists words, IReadOnlyList<MeasureDefinition> catalog)
    {
        Vocabulary = new Text.Vocabulary();
        Lex = new Lexicon.Lexicon(words, Vocabulary);
        Index = new MeasureIndex(catalog, words.Language, Vocabulary);
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

    /// <summary>Interned words of this language and the lists each can start; built before any text is read.</summary>
    public Text.Vocabulary Vocabulary { get; }

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
