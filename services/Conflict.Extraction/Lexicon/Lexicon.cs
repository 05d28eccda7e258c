using Conflict.Extraction.Text;
using Conflict.Extraction.Numbers;
using Vocabulary = Conflict.Extraction.Text.Vocabulary;

namespace Conflict.Extraction.Lexicon;

/// <summary>One language's word lists compiled for matching: folded word sets and multi-token phrase sets.</summary>
internal sealed class Lexicon
{
    public Lexicon(WordLists w, Vocabulary vocabulary)
    {
        Language = w.Language;
        DecimalSeparator = w.DecimalSeparator.ToString();
        ThousandsSeparator = w.ThousandsSeparator.ToString();
        NumberWords = w.NumberWords.ToDictionary(p => TextFold.Fold(p.Key), p => p.Value, StringComparer.Ordinal);
        ScaleWords = w.ScaleWords.ToDictionary(p => TextFold.Fold(p.Key), p => p.Value, StringComparer.Ordinal);
        ArticleOnes = Set(w.ArticleOnes);
        ApproximateNumbers = Phrases(w.ApproximateNumbers);
        VagueNumbers = Phrases(w.VagueNumbers);
        Fractions = Phrases(w.Fractions);
        Qualifiers = new PhraseSet<Qualifier>().AddAll(w.MoreThan, Qualifier.MoreThan).AddAll(w.AtLeast, Qualifier.AtLeast)
            .AddAll(w.Approximately, Qualifier.Approximate).AddAll(w.AtMost, Qualifier.AtMost).AddAll(w.LessThan, Qualifier.LessThan);
        RangeOpeners = Set(w.RangeOpeners);
        RangeConnectors = Set(w.RangeConnectors);
        PairConnectors = Set(w.PairConnectors);
        Of = Set(w.Of);
        NounPhraseStops = Set(w.NounPhraseStops);
        Auxiliaries = Set(w.Auxiliaries);
        Periods = Marks(w.Periods);
        DistanceAfter = Set(w.DistanceAfter);
        DistanceBefore = Marks(w.DistanceBefore);
        AgeBefore = Marks(w.AgeBefore);
        AgeAfter = Marks(w.AgeAfter);
        ActorNouns = Set(w.ActorNouns);
        LossWords = Set(w.LossWords);
        LocativePrepositions = Set(w.LocativePrepositions);
        FirstPerson = Set(w.FirstPerson);
        ThirdPersonPossessives = Set(w.ThirdPersonPossessives);
        RegionNouns = Set(w.RegionNouns);
        Demonstratives = Marks(w.Demonstratives);
        Frames = new PhraseSet<FrameKind>().AddAll(w.SayVerbs, FrameKind.Say).AddAll(w.TellVerbs, FrameKind.Tell)
            .AddAll(w.AccordingTo, FrameKind.According).AddAll(w.Participles, FrameKind.Participle);
        SkipBeforeVerb = Set(w.SkipBeforeVerb);
        PersonPronouns = Set(w.PersonPronouns);
        GroupPronouns = Set(w.GroupPronouns);
        Determiners = Set(w.Determiners);
        SpeakerStops = Set(w.SpeakerStops);
        Roles = Phrases(w.Roles);
        Honorifics = Set(w.Honorifics);
        OrganisationWords = Set(w.OrganisationWords);
        SourceNouns = Set(w.SourceNouns);
        SourceLinks = Set(w.SourceLinks);
        RelayWords = Marks(w.RelayWords);
        Ignorable = Set(w.Ignorable);
        foreach (var phrases in new IBindable[] { ApproximateNumbers, VagueNumbers, Fractions, Qualifiers, Periods, DistanceBefore,
                     AgeBefore, AgeAfter, Demonstratives, Frames, Roles, RelayWords })
        {
            phrases.Bind(vocabulary);
        }
        NumberStartBit = vocabulary.Register(k => NumberWords.ContainsKey(k) || ScaleWords.ContainsKey(k) || ArticleOnes.Contains(k)
            || VagueNumbers.StartsAt(k) || ApproximateNumbers.StartsAt(k) || Fractions.StartsAt(k));
        QuantityStartBit = vocabulary.Register(k => NumberWords.ContainsKey(k) || ScaleWords.ContainsKey(k) || ArticleOnes.Contains(k)
            || VagueNumbers.StartsAt(k) || ApproximateNumbers.StartsAt(k) || Fractions.StartsAt(k) || Qualifiers.StartsAt(k)
            || RangeOpeners.Contains(k));
    }

    /// <summary>Vocabulary bit of words that may start a number ("ten", "hundreds", "a third").</summary>
    public int NumberStartBit { get; }

    /// <summary>Vocabulary bit of words that may start a quantity: number words, qualifiers, range openers.</summary>
    public int QuantityStartBit { get; }

    public string Language { get; }
    public string DecimalSeparator { get; }
    public string ThousandsSeparator { get; }
    public Dictionary<string, int> NumberWords { get; }
    public Dictionary<string, double> ScaleWords { get; }
    public HashSet<string> ArticleOnes { get; }
    public PhraseSet<double> ApproximateNumbers { get; }
    public PhraseSet<(double Low, double High)> VagueNumbers { get; }
    public PhraseSet<double> Fractions { get; }
    public PhraseSet<Qualifier> Qualifiers { get; }
    public HashSet<string> RangeOpeners { get; }
    public HashSet<string> RangeConnectors { get; }
    public HashSet<string> PairConnectors { get; }
    public HashSet<string> Of { get; }
    public HashSet<string> NounPhraseStops { get; }
    public HashSet<string> Auxiliaries { get; }
    public PhraseSet<bool> Periods { get; }
    public HashSet<string> DistanceAfter { get; }
    public PhraseSet<bool> DistanceBefore { get; }
    public PhraseSet<bool> AgeBefore { get; }
    public PhraseSet<bool> AgeAfter { get; }
    public HashSet<string> ActorNouns { get; }
    public HashSet<string> LossWords { get; }
    public HashSet<string> LocativePrepositions { get; }
    public HashSet<string> FirstPerson { get; }
    public HashSet<string> ThirdPersonPossessives { get; }
    public HashSet<string> RegionNouns { get; }
    public PhraseSet<bool> Demonstratives { get; }
    public PhraseSet<FrameKind> Frames { get; }
    public HashSet<string> SkipBeforeVerb { get; }
    public HashSet<string> PersonPronouns { get; }
    public HashSet<string> GroupPronouns { get; }
    public HashSet<string> Determiners { get; }
    public HashSet<string> SpeakerStops { get; }
    public PhraseSet<string> Roles { get; }
    public HashSet<string> Honorifics { get; }
    public HashSet<string> OrganisationWords { get; }
    public HashSet<string> SourceNouns { get; }
    public HashSet<string> SourceLinks { get; }
    public PhraseSet<bool> RelayWords { get; }
    public HashSet<string> Ignorable { get; }

    public static HashSet<string> Set(IEnumerable<string> words)
        => new(words.Select(TextFold.Fold), StringComparer.Ordinal);

    /// <summary>Phrases that only mark a place in the text (their value is just true).</summary>
    private static PhraseSet<bool> Marks(IEnumerable<string> phrases) => new PhraseSet<bool>().AddAll(phrases, true);

    private static PhraseSet<T> Phrases<T>(Dictionary<string, T> map)
    {
        var set = new PhraseSet<T>();
        foreach (var (phrase, value) in map)
        {
            set.Add(phrase, value);
        }
        return set;
    }
}
