using Conflict.Claims.Extraction.Text;
using Conflict.Type.V1;

namespace Conflict.Claims.Extraction.Lexicon;

/// <summary>One language's word lists compiled for matching: folded word sets and multi-token phrase sets.</summary>
internal sealed class Lexicon
{
    public Lexicon(WordLists w)
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
        Periods = new PhraseSet<bool>().AddAll(w.Periods, true);
        DistanceAfter = Set(w.DistanceAfter);
        DistanceBefore = new PhraseSet<bool>().AddAll(w.DistanceBefore, true);
        AgeBefore = new PhraseSet<bool>().AddAll(w.AgeBefore, true);
        AgeAfter = new PhraseSet<bool>().AddAll(w.AgeAfter, true);
        ActorNouns = Set(w.ActorNouns);
        LossWords = Set(w.LossWords);
        LocativePrepositions = Set(w.LocativePrepositions);
        FirstPerson = Set(w.FirstPerson);
        ThirdPersonPossessives = Set(w.ThirdPersonPossessives);
        RegionNouns = Set(w.RegionNouns);
        Demonstratives = new PhraseSet<bool>().AddAll(w.Demonstratives, true);
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
        RelayWords = new PhraseSet<bool>().AddAll(w.RelayWords, true);
        Ignorable = Set(w.Ignorable);
    }

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
