using Conflict.Claims.V1;
using Conflict.Type.V1;

namespace Conflict.Claims.Tests.Support;

/// <summary>Claims and documents written for the tests (our own words, not the corpus's).</summary>
internal static class Samples
{
    /// <summary>The principal that tests calling the domain directly write as.</summary>
    public const string Writer = "test-writer";

    public static Claim Area(double point = 1000, string claimant = "sources/zelensky", string reporter = "", string asOf = "2024-08-20", string unit = "km2") => new()
    {
        Claimant = claimant,
        Reporter = reporter,
        Measure = "measures/area_controlled",
        Scope = new Scope { Party = "ua", Place = "RU-KRS" },
        Quantity = new Quantity { Qualifier = Qualifier.MoreThan, Low = point, Unit = unit, Text = $"more than {point} {unit}" },
        AsOf = new DateSpan { StartDate = asOf, EndDate = asOf },
    };

    public static Document Article(string text, string publishTime = "2024-08-21T10:00:00Z", string publisher = "Test Wire") => new()
    {
        Url = "https://example.org/article",
        Publisher = publisher,
        PublishTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.Parse(publishTime, System.Globalization.CultureInfo.InvariantCulture)),
        Language = "en",
        Title = "A test article",
        Text = text,
    };
}
