namespace Conflict.Extraction.Attribution;

/// <summary>What kind of claimant a speaker is; a more specific kind wins when one figure is reported twice.</summary>
internal enum SpeakerKind
{
    /// <summary>Nobody named: the publisher stands behind the figure.</summary>
    Publisher = 1,
    /// <summary>A government, army, capital, agency or group of people: "Russian authorities", "Kyiv".</summary>
    Collective = 2,
    /// <summary>A named person: "Volodymyr Zelensky".</summary>
    Person = 3,
}
