using Conflict.Extraction.Lexicon;
using Conflict.Extraction.Catalog;

namespace Conflict.Extraction.Matching;

/// <summary>The measure catalog compiled for one language: trigger and noun phrases pointing to measures, and every unit alias.</summary>
internal sealed class MeasureIndex
{
    public MeasureIndex(IReadOnlyList<MeasureDefinition> catalog, string language, Text.Vocabulary vocabulary)
    {
        Measures = catalog;
        for (var i = 0; i < catalog.Count; i++)
        {
            var m = catalog[i];
            Triggers.AddAll(m.Triggers.GetValueOrDefault(language) ?? [], i);
            Nouns.AddAll(m.Nouns.GetValueOrDefault(language) ?? [], i);
            foreach (var (alias, factor) in m.UnitAliases)
            {
                Units.Add(alias, (m.Unit, factor));
            }
        }
        Triggers.Bind(vocabulary);
        Nouns.Bind(vocabulary);
        Units.Bind(vocabulary);
    }

    public IReadOnlyList<MeasureDefinition> Measures { get; }

    public PhraseSet<int> Triggers { get; } = new();

    public PhraseSet<int> Nouns { get; } = new();

    public PhraseSet<(string Unit, double Factor)> Units { get; } = new();
}
