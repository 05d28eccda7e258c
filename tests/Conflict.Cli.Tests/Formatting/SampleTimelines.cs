using Conflict.Reconciliation.V1;
using Conflict.Type.V1;

namespace Conflict.Cli.Tests.Formatting;

/// <summary>A small timeline of the area Ukraine held in Kursk, with claims of every kind.</summary>
internal static class SampleTimelines
{
    public static Timeline Kursk()
    {
        var timeline = new Timeline { Variable = "area_controlled/ua/RU-KRS", Unit = "km2", Method = Method.StateSpace, Revision = 7 };
        timeline.Points.Add(new TimelinePoint { Date = "2024-08-12", Estimate = 850, Low = 700, High = 1000, StatementCount = 2 });
        timeline.Points.Add(new TimelinePoint { Date = "2024-08-15", Estimate = 1000.5, Low = 850, High = 1150, StatementCount = 1 });
        timeline.Points.Add(new TimelinePoint { Date = "2024-08-19", Estimate = 1150, Low = 1000, High = 1300, StatementCount = 1, Interpolated = false });
        timeline.Evidence.Add(Evidence("2024-08-12", new Quantity { Qualifier = Qualifier.Approximate, Point = 1000, Unit = "km2" }, "Oleksandr Syrskyi"));
        timeline.Evidence.Add(Evidence("2024-08-12", new Quantity { Qualifier = Qualifier.Approximate, Point = 800, Unit = "km2" }, "AFP"));
        timeline.Evidence.Add(Evidence("2024-08-19", new Quantity { Qualifier = Qualifier.MoreThan, Low = 1250, Unit = "km2" }, "Volodymyr Zelensky"));
        timeline.Evidence.Add(Evidence("2024-08-15", new Quantity { Qualifier = Qualifier.Range, Low = 800, High = 900, Unit = "km2" }, "UK Ministry of Defence"));
        return timeline;
    }

    private static Evidence Evidence(string day, Quantity quantity, string claimant) => new()
    {
        Claim = "claims/" + claimant.Length,
        ClaimantDisplayName = claimant,
        AsOf = new DateSpan { StartDate = day, EndDate = day },
        Quantity = quantity,
        Weight = 0.5,
    };
}
