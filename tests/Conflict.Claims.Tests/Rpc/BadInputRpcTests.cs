using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Conflict.Type.V1;

namespace Conflict.Claims.Tests.Rpc;

/// <summary>Each bad-input rule answers INVALID_ARGUMENT with its field violation, and nothing is stored.</summary>
public sealed class BadInputRpcTests(ClaimsServices services) : IClassFixture<ClaimsServices>
{
    private ClaimsService.ClaimsServiceClient Client => services.Claims;

    public static TheoryData<string, string> Cases => new()
    {
        { "unknown measure", "claim.measure" },
        { "unit that cannot convert", "claim.quantity.unit" },
        { "low above high", "claim.quantity.low" },
        { "range without high", "claim.quantity.high" },
        { "exact without point", "claim.quantity.point" },
        { "value below the measure's range", "claim.quantity.point" },
        { "share above 100 percent", "claim.quantity.high" },
        { "as-of after publication", "claim.as_of.start_date" },
        { "quote beyond the text", "claim.quote_end" },
        { "unknown claimant source", "claim.claimant" },
        { "unknown document", "claim.document" },
        { "no claimant at all", "claim.claimant" },
        { "no as-of", "claim.as_of.start_date" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CreateClaim_BadInput_InvalidArgumentWithFieldAndNothingStored(string bad, string field)
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var document = await Client.NewDocumentAsync(publishTime: "2024-08-21T10:00:00Z");
        var claim = Samples.Area(claimant: claimant);
        claim.Document = document.Name;
        Spoil(claim, bad);

        // Act
        var fields = await ViolationAssert.FieldsAsync(() => Client.CreateClaimAsync(new CreateClaimRequest { Claim = claim }).ResponseAsync);

        // Assert
        Assert.Equal([field], fields);
        Assert.Empty(await Client.ListAllAsync(new ListClaimsRequest { Document = document.Name }));
    }

    [Fact]
    public async Task CreateClaim_SeveralProblems_ListsEveryOneAtOnce()
    {
        // Arrange
        var document = await Client.NewDocumentAsync(publishTime: "2024-08-21T10:00:00Z");
        var claim = Samples.Area(claimant: "sources/nobody-by-that-name");
        claim.Document = document.Name;
        claim.Quantity = new Quantity { Qualifier = Qualifier.Range, Low = 30, High = 20, Unit = "parsecs" };
        claim.AsOf = new DateSpan { StartDate = "2024-09-01" };
        claim.QuoteStart = 5;
        claim.QuoteEnd = 100_000;
        claim.Confidence = 2;

        // Act
        var fields = await ViolationAssert.FieldsAsync(() => Client.CreateClaimAsync(new CreateClaimRequest { Claim = claim }).ResponseAsync);

        // Assert
        Assert.Equal(
            ["claim.as_of.start_date", "claim.claimant", "claim.confidence", "claim.quantity.low", "claim.quantity.unit", "claim.quote_end"],
            fields.Order(StringComparer.Ordinal));
    }

    private static void Spoil(Claim claim, string bad)
    {
        switch (bad)
        {
            case "unknown measure": claim.Measure = "measures/morale"; break;
            case "unit that cannot convert": claim.Quantity.Unit = "litres"; break;
            case "low above high": claim.Quantity = new Quantity { Qualifier = Qualifier.Range, Low = 20, High = 10, Unit = "km2" }; break;
            case "range without high": claim.Quantity = new Quantity { Qualifier = Qualifier.Range, Low = 20, Unit = "km2" }; break;
            case "exact without point": claim.Quantity = new Quantity { Qualifier = Qualifier.Exact, Low = 20, Unit = "km2" }; break;
            case "value below the measure's range": claim.Quantity = new Quantity { Qualifier = Qualifier.Exact, Point = -3, Unit = "km2" }; break;
            case "share above 100 percent":
                claim.Measure = "measures/territory_share_occupied";
                claim.Quantity = new Quantity { Qualifier = Qualifier.Range, Low = 90, High = 120, Unit = "%" };
                break;
            case "as-of after publication": claim.AsOf = new DateSpan { StartDate = "2024-08-22", EndDate = "2024-08-22" }; break;
            case "quote beyond the text": claim.Quote = "front"; claim.QuoteStart = 10; claim.QuoteEnd = 5000; break;
            case "unknown claimant source": claim.Claimant = "sources/nobody-by-that-name"; break;
            case "unknown document": claim.Document = "documents/0123456789abcdef"; break;
            case "no claimant at all": claim.Claimant = ""; break;
            case "no as-of": claim.AsOf = null; break;
            default: throw new ArgumentOutOfRangeException(nameof(bad), bad, null);
        }
    }
}
