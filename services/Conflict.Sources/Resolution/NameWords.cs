using Conflict.Sources.V1;

namespace Conflict.Sources.Resolution;

/// <summary>The small vocabularies the resolver strips or interprets, in normalized form (English and French).</summary>
internal static class NameWords
{
    /// <summary>Leading articles and determiners, stripped from any name ("the Kremlin", "l'Ukraine").</summary>
    public static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "le", "la", "les", "l", "un", "une", "des", "du", "d", "unnamed", "anonymous", "one", "some", "several",
    };

    /// <summary>Trailing words that turn a body into one of its voices ("General Staff source").</summary>
    public static readonly HashSet<string> Voices = new(StringComparer.Ordinal)
    {
        "source", "sources", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "statement", "press", "service",
        "representative", "representatives",
    };

    /// <summary>Names that point to the publisher of the document ("the agency said").</summary>
    public static readonly HashSet<string> PublisherReferences = new(StringComparer.Ordinal)
    {
        "agency", "news agency", "newspaper", "outlet", "magazine", "channel", "broadcaster", "our correspondent", "our reporter",
        "agence", "journal", "quotidien", "hebdomadaire", "notre correspondant", "notre journal", "la redaction", "redaction",
    };

    /// <summary>Nationality words and the country (ISO 3166-1 alpha-2) they name.</summary>
    public static readonly Dictionary<string, string> Nationalities = new(StringComparer.Ordinal)
    {
        ["russian"] = "RU", ["russians"] = "RU", ["russe"] = "RU", ["russes"] = "RU", ["russia"] = "RU", ["russie"] = "RU",
        ["ukrainian"] = "UA", ["ukrainians"] = "UA", ["ukrainien"] = "UA", ["ukrainienne"] = "UA", ["ukrainiens"] = "UA",
        ["ukrainiennes"] = "UA", ["ukraine"] = "UA", ["american"] = "US", ["americain"] = "US", ["americaine"] = "US",
        ["americains"] = "US", ["us"] = "US", ["british"] = "GB", ["britannique"] = "GB", ["uk"] = "GB", ["french"] = "FR",
        ["francais"] = "FR", ["francaise"] = "FR",
    };

    /// <summary>Collective nouns for a country's government ("Russian authorities", "les autorités russes").</summary>
    public static readonly HashSet<string> GovernmentNouns = new(StringComparer.Ordinal)
    {
        "authorities", "authority", "autorites", "autorite", "officials", "official", "officiels", "responsables", "government",
        "gouvernement", "leadership", "dirigeants", "side", "camp", "pouvoir",
    };

    /// <summary>Nouns for a country's armed forces or one of their anonymous members ("an unnamed Ukrainian colonel").</summary>
    public static readonly HashSet<string> MilitaryNouns = new(StringComparer.Ordinal)
    {
        "military", "army", "armee", "forces", "troops", "troupes", "colonel", "officer", "officers", "officier", "officiers",
        "soldier", "soldiers", "soldat", "soldats", "commander", "commanders", "command", "commandement", "militaires", "militaire",
    };

    /// <summary>The kind a collective noun stands for, or null.</summary>
    public static SourceKind? CollectiveKind(string token)
        => GovernmentNouns.Contains(token) ? SourceKind.GovernmentBody
            : MilitaryNouns.Contains(token) ? SourceKind.Military
            : null;
}
