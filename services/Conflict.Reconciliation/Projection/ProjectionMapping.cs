using System.Globalization;
using Conflict.Claims.V1;
using Conflict.Sources.V1;

namespace Conflict.Reconciliation.Projection;

/// <summary>Maps feed messages to projection rows.</summary>
internal static class ProjectionMapping
{
    private static readonly DateOnly Epoch = new(1970, 1, 1);

    public static int ToDay(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - Epoch.DayNumber;

    public static DateOnly ToDate(int day) => Epoch.AddDays(day);

    public static string FromDay(int day) => Epoch.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static ClaimRow ToRow(Claim claim)
    {
        // Reconciliation works in the measure's canonical unit; the stated quantity is only a fallback.
        var q = claim.NormalizedQuantity ?? claim.Quantity;
        var start = ToDay(claim.AsOf.StartDate);
        return new ClaimRow
        {
            Id = claim.Name,
            Variable = claim.Variable,
            Measure = claim.Measure,
            Claimant = claim.Claimant,
            ClaimantText = claim.ClaimantText,
            Reporter = claim.Reporter,
            ReporterText = claim.ReporterText,
            StatementKey = string.IsNullOrEmpty(claim.StatementKey) ? claim.Name : claim.StatementKey,
            AsOfStart = start,
            AsOfEnd = string.IsNullOrEmpty(claim.AsOf.EndDate) ? start : ToDay(claim.AsOf.EndDate),
            Qualifier = q is null ? 0 : (int)q.Qualifier,
            Low = q is { HasLow: true } ? q.Low : null,
            High = q is { HasHigh: true } ? q.High : null,
            Point = q is { HasPoint: true } ? q.Point : null,
            Unit = q?.Unit ?? "",
            ValueText = claim.Quantity?.Text ?? "",
            Subject = claim.Subject,
            Category = claim.Category,
            Quote = claim.Quote,
            State = (int)claim.State,
        };
    }

    public static SourceRow ToRow(Source source) => new()
    {
        Id = source.Name,
        DisplayName = source.DisplayName,
        Kind = (int)source.Kind,
        AlignedParty = source.AlignedParty,
        Parent = source.Parent,
        Deleted = source.DeleteTime is null ? 0 : 1,
    };
}
