using Conflict.Cli.Formatting;
using Conflict.Reconciliation.V1;
using Spectre.Console;

namespace Conflict.Cli.Commands.Reconciliation;

/// <summary>The claims behind an estimate, with their weights and residuals.</summary>
internal static class EvidenceTable
{
    public static Table Build(IEnumerable<Evidence> evidence)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("As of", "Value", "Claimant", "Party", "Reporter", "Weight", "Residual", "Bias", "");
        foreach (var item in evidence)
        {
            var asOf = item.AsOf is null ? "" : item.AsOf.EndDate.Length == 0 || item.AsOf.EndDate == item.AsOf.StartDate ? item.AsOf.StartDate : $"{item.AsOf.StartDate}..{item.AsOf.EndDate}";
            table.AddRow(
                Markup.Escape(asOf),
                Markup.Escape(QuantityText.Format(item.Quantity)),
                Markup.Escape(item.ClaimantDisplayName.Length > 0 ? item.ClaimantDisplayName : item.Claimant),
                Markup.Escape(item.ClaimantParty),
                Markup.Escape(item.ReporterDisplayName),
                Numbers.Display(item.Weight),
                Numbers.Display(item.Residual),
                item.BiasFactor == 0 ? "" : "×" + Numbers.Display(item.BiasFactor),
                item.Conflicting ? "conflict" : "");
        }
        return table;
    }
}
