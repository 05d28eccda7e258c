namespace Conflict.Extraction.Lexicon;

/// <summary>The raw word lists of one language, compiled into a <see cref="Lexicon"/>.</summary>
internal sealed record WordLists
{
    public required string Language { get; init; }
    public required char DecimalSeparator { get; init; }
    public required char ThousandsSeparator { get; init; }
    public required Dictionary<string, int> NumberWords { get; init; }
    public required Dictionary<string, double> ScaleWords { get; init; }
    public required string[] ArticleOnes { get; init; }
    public required Dictionary<string, double> ApproximateNumbers { get; init; }
    public required Dictionary<string, (double Low, double High)> VagueNumbers { get; init; }
    public required Dictionary<string, double> Fractions { get; init; }
    public required string[] MoreThan { get; init; }
    public required string[] AtLeast { get; init; }
    public required string[] Approximately { get; init; }
    public required string[] AtMost { get; init; }
    public required string[] LessThan { get; init; }
    public required string[] RangeOpeners { get; init; }
    public required string[] RangeConnectors { get; init; }
    public required string[] PairConnectors { get; init; }
    public required string[] Of { get; init; }
    public required string[] NounPhraseStops { get; init; }
    public required string[] Auxiliaries { get; init; }
    public required string[] Periods { get; init; }
    public required string[] DistanceAfter { get; init; }
    public required string[] DistanceBefore { get; init; }
    public required string[] AgeBefore { get; init; }
    public required string[] AgeAfter { get; init; }
    public required string[] ActorNouns { get; init; }
    public required string[] LossWords { get; init; }
    public required string[] LocativePrepositions { get; init; }
    public required string[] FirstPerson { get; init; }
    public required string[] ThirdPersonPossessives { get; init; }
    public required string[] RegionNouns { get; init; }
    public required string[] Demonstratives { get; init; }
    public required string[] SayVerbs { get; init; }
    public required string[] TellVerbs { get; init; }
    public required string[] AccordingTo { get; init; }
    public required string[] Participles { get; init; }
    public required string[] SkipBeforeVerb { get; init; }
    public required string[] PersonPronouns { get; init; }
    public required string[] GroupPronouns { get; init; }
    public required string[] Determiners { get; init; }
    public required string[] SpeakerStops { get; init; }
    public required Dictionary<string, string> Roles { get; init; }
    public required string[] Honorifics { get; init; }
    public required string[] OrganisationWords { get; init; }
    public required string[] SourceNouns { get; init; }
    public required string[] SourceLinks { get; init; }
    public required string[] RelayWords { get; init; }
    public required string[] Ignorable { get; init; }
}
