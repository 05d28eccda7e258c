using System.Collections.Concurrent;
using System.Text;
using Conflict.Extraction.Catalog;

namespace Conflict.Extraction;

/// <summary>Extractors by catalog content, so services that load the catalog per request do not rebuild one each time.</summary>
internal static class ExtractorCache
{
    private const int MaxEntries = 16;
    private static readonly ConcurrentDictionary<string, Lazy<ClaimExtractor>> Entries = new(StringComparer.Ordinal);

    public static ClaimExtractor GetOrAdd(string signature, Func<ClaimExtractor> build)
    {
        if (Entries.Count >= MaxEntries && !Entries.ContainsKey(signature))
        {
            Entries.Clear();
        }
        return Entries.GetOrAdd(signature, _ => new Lazy<ClaimExtractor>(build)).Value;
    }

    /// <summary>Everything of the catalog the extractor reads, as one string.</summary>
    public static string Signature(IReadOnlyList<MeasureDefinition> catalog)
    {
        var sb = new StringBuilder();
        foreach (var m in catalog)
        {
            sb.Append(m.Id).Append('|').Append(m.Unit).Append('|').Append(m.Kind).Append('|').Append(m.Min).Append('|').Append(m.Max)
                .Append('|').Append(m.PartyRole).Append('|').Append(m.NounRequired).Append(m.TriggerRequired);
            Append(sb, m.Triggers);
            Append(sb, m.Nouns);
            foreach (var (alias, factor) in m.UnitAliases.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                sb.Append(alias).Append('=').Append(factor.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(';');
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, IReadOnlyDictionary<string, IReadOnlyList<string>> lists)
    {
        foreach (var (language, words) in lists.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.Append(language).Append(':').AppendJoin(',', words).Append(';');
        }
    }
}
