using Conflict.Sources.V1;
using Spectre.Console;

namespace Conflict.Cli.Commands.Sources;

/// <summary>Sources as a table, and one source as a detail view.</summary>
internal static class SourceTable
{
    public static void Write(IAnsiConsole console, IEnumerable<Source> sources)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Name", "Display name", "Kind", "Country", "Party", "Aliases" })
        {
            table.AddColumn(column);
        }
        foreach (var source in sources)
        {
            table.AddRow(
                Markup.Escape(source.Name),
                Markup.Escape(source.DisplayName) + (source.DeleteTime is null ? "" : " (deleted)"),
                SourceKinds.Name(source.Kind),
                source.Country,
                source.AlignedParty,
                Markup.Escape(string.Join(", ", source.Aliases.Select(a => a.Name))));
        }
        console.Write(table);
    }

    public static void WriteOne(IAnsiConsole console, Source source)
    {
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string label, string value) => grid.AddRow(label, Markup.Escape(value));
        Row("Name", source.Name);
        Row("Display name", source.DisplayName);
        Row("Kind", SourceKinds.Name(source.Kind));
        Row("Country", source.Country);
        Row("Aligned party", source.AlignedParty.Length > 0 ? source.AlignedParty : "(independent)");
        Row("Parent", source.Parent);
        Row("Aliases", string.Join(", ", source.Aliases.Select(a => a.Language.Length > 0 ? $"{a.Name} ({a.Language})" : a.Name)));
        Row("Prior grade", source.PriorGrade == ReliabilityGrade.Unspecified ? "" : source.PriorGrade.ToString());
        Row("Description", source.Description);
        Row("Deleted", source.DeleteTime is null ? "no" : source.DeleteTime.ToDateTime().ToString("u", System.Globalization.CultureInfo.InvariantCulture));
        console.Write(grid);
    }
}
