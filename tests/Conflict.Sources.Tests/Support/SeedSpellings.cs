using System.Text.Json;
using Conflict.Testing;

namespace Conflict.Sources.Tests.Support;

/// <summary>
/// The claimant spellings of the seed articles and of the gold claimant lists, with the source each must resolve
/// to in demo/sources.json; the resolution tests need only these lists. The texts themselves are read from the shared
/// corpus (<c>../shared/corpus</c>, beside the repository) at test time, only by the tests that check that every
/// spelling listed here really occurs there, and those are skipped where the corpus is absent. Gold spellings that
/// do not name anyone on their own ("their organization", "aid organization", the bare "Express") are deliberately
/// left out.
/// </summary>
internal static class SeedSpellings
{
    /// <summary>(spelling as written, language of its article, expected source id).</summary>
    public static readonly (string Text, string Language, string SourceId)[] InSeeds =
    [
        ("President Volodymyr Zelensky", "en", "ua-president"), ("President Zelensky", "en", "ua-president"),
        ("Zelensky", "en", "ua-president"), ("Zelenskiy", "fr", "ua-president"), ("Zelenskyj", "fr", "ua-president"),
        ("Le président Volodymyr Zelensky", "fr", "ua-president"), ("le président Zelensky", "fr", "ua-president"),
        ("General Syrsky", "en", "syrsky"), ("Oleksandr Syrsky", "en", "syrsky"), ("Syrsky", "en", "syrsky"),
        ("Vladimir Putin", "en", "putin"), ("Putin", "en", "putin"), ("Vladimir Poutine", "fr", "putin"), ("Poutine", "fr", "putin"),
        ("Le président russe Vladimir Poutine", "fr", "putin"), ("Le président Poutine", "fr", "putin"),
        ("Russian authorities", "en", "ru-government"), ("The Russian authorities", "en", "ru-government"),
        ("the Kremlin", "en", "ru-government"), ("le Kremlin", "fr", "ru-government"), ("Moscow", "en", "ru-government"),
        ("Moscou", "fr", "ru-government"), ("Russia", "en", "ru-government"), ("La Russie", "fr", "ru-government"),
        ("Kiev", "en", "ua-government"), ("Kiev's", "en", "ua-government"), ("kyiv", "en", "ua-government"), ("Ukraine", "en", "ua-government"),
        ("Russian army", "en", "ru-armed-forces"), ("the Ukrainian army", "en", "afu"),
        ("Agence France-Presse", "en", "afp"), ("AFP", "en", "afp"), ("Institute for the Study of War", "en", "isw"), ("ISW", "en", "isw"),
        ("Georgy Tykhy", "en", "tykhyi"), ("Mykhailo Podoliak", "en", "podolyak"), ("L’Express", "en", "lexpress"),
        ("General Dominique Trinquand", "en", "trinquand"), ("Marie Mendras", "en", "mendras"), ("Galia Ackerman", "en", "ackerman"),
        ("Zinaida Tarassiouk", "en", "tarassiouk"), ("Inna Pereverzeva", "en", "pereverzeva"), ("Anatoli Symonenko", "en", "symonenko"),
        ("Ihor Klymenko", "fr", "klymenko"), ("Yuri Podolyaka", "fr", "podolyaka"), ("DeepState", "en", "deepstate"),
        ("British Ministry of Defense", "en", "uk-mod"), ("Franz-Stefan Gady", "en", "gady"), ("Franz-Stephan Gadi", "en", "gady"),
        ("analyst Franz-Stephan Gadi", "en", "gady"), ("BTA", "en", "bta"), ("Sergueï Lavrov", "fr", "lavrov"), ("M. Lavrov", "fr", "lavrov"),
        ("Lavrov", "fr", "lavrov"), ("le ministre russe des Affaires étrangères Sergueï Lavrov", "fr", "lavrov"),
        ("le Pentagone", "fr", "pentagon"), ("Joe Biden", "fr", "biden"), ("Le président américain Joe Biden", "fr", "biden"),
    ];

    /// <summary>Spellings accepted by the gold claimant lists, with the source each denotes.</summary>
    public static readonly (string Text, string SourceId)[] InGold =
    [
        ("Volodymyr Zelensky", "ua-president"), ("Zelensky", "ua-president"), ("Zelenskyy", "ua-president"),
        ("Oleksandr Syrsky", "syrsky"), ("Syrsky", "syrsky"), ("Syrskyi", "syrsky"),
        ("Agence France-Presse", "afp"), ("AFP", "afp"), ("Institute for the Study of War", "isw"), ("ISW", "isw"),
        ("Russian authorities", "ru-government"), ("Russia", "ru-government"), ("Moscow", "ru-government"),
        ("Kursk authorities", "kursk-authorities"), ("Ukraine", "ua-government"), ("Kyiv", "ua-government"), ("Kiev", "ua-government"),
        ("Ukrainian authorities", "ua-government"), ("L'Express", "lexpress"), ("LExpress", "lexpress"),
        ("Russian Red Cross", "ru-red-cross"),
    ];

    /// <summary>The seed articles, under ../shared.</summary>
    public const string Seeds = "corpus/seeds";

    /// <summary>The gold claims of the seed articles, under ../shared.</summary>
    public const string Gold = "corpus/gold";

    /// <summary>The Kursk facts table, under ../shared.</summary>
    public const string Facts = "corpus/kursk-claims.tsv";

    public static string SeedText() => string.Join("\n", Directory.GetFiles(SharedCorpus.PathOf(Seeds), "*.txt").Order().Select(File.ReadAllText));

    public static HashSet<string> GoldClaimants()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(SharedCorpus.PathOf(Gold), "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var claim in document.RootElement.GetProperty("claims").EnumerateArray())
            {
                var claimant = claim.GetProperty("claimant");
                names.UnionWith(claimant.ValueKind == JsonValueKind.Array ? claimant.EnumerateArray().Select(c => c.GetString()!) : [claimant.GetString()!]);
            }
        }
        return names;
    }

    /// <summary>Every claimant and every relay named in the facts table ("X via Y (citing Z)" gives X, Y and Z).</summary>
    public static (HashSet<string> Claimants, HashSet<string> Reporters) FactsNames()
    {
        var claimants = new HashSet<string>(StringComparer.Ordinal);
        var reporters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(SharedCorpus.PathOf(Facts)).Skip(1))
        {
            var columns = line.Split('\t');
            claimants.Add(columns[1]);
            var parts = columns[4].Replace("(citing", " via ", StringComparison.Ordinal).Split(" via ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p.EndsWith(')') && !p.Contains('(', StringComparison.Ordinal) ? p[..^1] : p);
            reporters.UnionWith(parts.Where(p => p.Length > 0));
        }
        return (claimants, reporters);
    }
}
