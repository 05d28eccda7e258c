using Conflict.Claims.V1;
using Conflict.Cli.Formatting;
using Spectre.Console;

namespace Conflict.Cli.Commands.Claims;

/// <summary>Claims as a table, and one claim as a detail view.</summary>
internal static class ClaimTable
{
    public static void Write(IAnsiConsole console, IEnumerable<Claim> claims)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Claim", "Variable", "As of", "Value", "Claimant", "Reporter", "State");
        foreach (var claim in claims)
        {
            table.AddRow(
                Markup.Escape(claim.Name),
                Markup.Escape(Variable(claim)),
                Markup.Escape(AsOf(claim)),
                Markup.Escape(Value(claim)),
                Markup.Escape(Speaker(claim.Claimant, claim.ClaimantText)),
                Markup.Escape(Speaker(claim.Reporter, claim.ReporterText)),
                State(claim.State));
        }
        console.Write(table);
    }

    public static void WriteOne(IAnsiConsole console, Claim claim)
    {
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string label, string value) => grid.AddRow(label, Markup.Escape(value));
        Row("Name", claim.Name);
        Row("Variable", Variable(claim));
        Row("As of", AsOf(claim));
        Row("Value", Value(claim));
        Row("Normalized", QuantityText.Format(claim.NormalizedQuantity));
        Row("Claimant", Speaker(claim.Claimant, claim.ClaimantText) + (claim.ClaimantUnresolved ? " (unresolved)" : ""));
        Row("Reporter", Speaker(claim.Reporter, claim.ReporterText));
        Row("Document", claim.Document);
        Row("Quote", claim.Quote.Length > 0 ? $"\"{claim.Quote}\" [{claim.QuoteStart}..{claim.QuoteEnd})" : "");
        Row("Origin", claim.Origin.ToString() + (claim.ExtractorVersion.Length > 0 ? $" ({claim.ExtractorVersion})" : ""));
        Row("State", State(claim.State) + (claim.SupersededBy.Length > 0 ? $" by {claim.SupersededBy}" : ""));
        Row("Supersedes", claim.Supersedes);
        Row("Statement key", claim.StatementKey);
        console.Write(grid);
    }

    public static string Variable(Claim claim) =>
        claim.Variable.Length > 0 ? claim.Variable
            : $"{claim.Measure.Replace("measures/", "", StringComparison.Ordinal)}/{(claim.Scope?.Party is { Length: > 0 } p ? p : "-")}/{claim.Scope?.Place}";

    public static string AsOf(Claim claim) =>
        claim.AsOf is null ? "" : claim.AsOf.EndDate.Length == 0 || claim.AsOf.EndDate == claim.AsOf.StartDate
            ? claim.AsOf.StartDate : $"{claim.AsOf.StartDate}..{claim.AsOf.EndDate}";

    public static string Value(Claim claim) =>
        claim.Category.Length > 0 ? $"{claim.Subject}: {claim.Category}" : QuantityText.Format(claim.Quantity);

    public static string Speaker(string name, string text) => text.Length > 0 ? text : name;

    private static string State(ClaimState state) => state switch
    {
        ClaimState.Active => "active",
        ClaimState.Superseded => "superseded",
        ClaimState.Retracted => "retracted",
        _ => "",
    };
}
