using Conflict.Claims.V1;
using Conflict.Reconciliation.V1;

namespace Conflict.Gateway.Tests.Fakes;

/// <summary>
/// A deliberately naive reconciliation for the fakes: per day, the mean of the stated values, with a
/// band from the lowest to the highest value ±10%. Enough to draw and to watch change.
/// </summary>
internal static class FakeTimelines
{
    public static IReadOnlyList<string> Variables(DemoWorld world)
        => [.. world.Claims().Select(c => c.Variable).Distinct().Order(StringComparer.Ordinal)];

    public static Timeline? Build(DemoWorld world, string variable)
    {
        var claims = world.Claims().Where(c => c.Variable == variable && c.State == ClaimState.Active).ToList();
        if (claims.Count == 0)
        {
            return null;
        }
        var timeline = new Timeline { Variable = variable, Unit = claims[0].NormalizedQuantity.Unit, Method = Method.Mean, Revision = claims.Count };
        foreach (var day in claims.GroupBy(c => c.AsOf.StartDate).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var values = day.Select(c => Value(c.NormalizedQuantity)).ToList();
            timeline.Points.Add(new TimelinePoint
            {
                Date = day.Key,
                Estimate = values.Average(),
                Low = values.Min() * 0.9,
                High = values.Max() * 1.1,
                StatementCount = values.Count,
            });
        }
        timeline.Evidence.AddRange(claims.Select(c => Evidence(world, c)));
        return timeline;
    }

    public static IEnumerable<Reconciliation.V1.Conflict> Conflicts(DemoWorld world, string variable)
        => Build(world, variable) is { } timeline
            ? timeline.Evidence.GroupBy(e => e.AsOf.StartDate).Where(g => g.Count() > 1).Select(g => new Reconciliation.V1.Conflict
            {
                Variable = variable,
                StartDate = g.Key,
                EndDate = g.Key,
                Claims = { g.Select(e => e.Claim) },
                Separation = 3,
                Description = string.Join(" vs ", g.Select(e => $"{e.Quantity.Text} ({e.ClaimantDisplayName})")),
            })
            : [];

    private static Evidence Evidence(DemoWorld world, Claim claim)
    {
        var claimant = world.FindSource(claim.Claimant);
        var reporter = world.FindSource(claim.Reporter);
        return new Evidence
        {
            Claim = claim.Name,
            Claimant = claim.Claimant,
            ClaimantDisplayName = claimant?.DisplayName ?? claim.ClaimantText,
            ClaimantParty = claimant?.AlignedParty ?? "",
            ReporterDisplayName = reporter?.DisplayName ?? claim.ReporterText,
            Quote = claim.Quote,
            AsOf = claim.AsOf,
            Quantity = claim.NormalizedQuantity,
            StatementKey = claim.Name,
            Weight = 0.5,
            BiasFactor = 1,
        };
    }

    private static double Value(Type.V1.Quantity q) => q.HasPoint ? q.Point : q.HasLow && q.HasHigh ? (q.Low + q.High) / 2 : q.HasLow ? q.Low : q.High;
}
