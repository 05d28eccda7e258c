using System.Text.Json;
using Conflict.Claims.V1;
using Conflict.Cli.Formatting;
using Conflict.Reconciliation.V1;
using Conflict.Type.V1;

namespace Conflict.Cli.Tests.Formatting;

public sealed class OtherFormatTests
{
    [Theory]
    [InlineData(Qualifier.MoreThan, 1000.0, null, null, "km2", "more than 1,000 km2")]
    [InlineData(Qualifier.Approximate, null, null, 720.0, "km2", "about 720 km2")]
    [InlineData(Qualifier.Range, 1.0, 3.0, null, "km", "1 to 3 km")]
    [InlineData(Qualifier.Exact, null, null, 74.0, "count", "74")]
    [InlineData(Qualifier.AtMost, null, 8000.0, null, "count", "at most 8,000")]
    public void QuantityText_Qualifiers_ReadAsWritten(Qualifier qualifier, double? low, double? high, double? point, string unit, string expected)
    {
        // Arrange
        var quantity = new Quantity { Qualifier = qualifier, Unit = unit };
        if (low is { } l) { quantity.Low = l; }
        if (high is { } h) { quantity.High = h; }
        if (point is { } p) { quantity.Point = p; }
        // Act
        var text = QuantityText.Format(quantity);
        // Assert
        Assert.Equal(expected, text);
    }

    [Fact]
    public void FuseOutput_NumericAndCategorical_LeavesBoundsEmptyForCategories()
    {
        // Arrange
        var response = new FuseClaimsResponse();
        response.Values.Add(new FusedValue { Object = "kursk/area", Value = "1000", Low = 800, High = 1250.5 });
        response.Values.Add(new FusedValue { Object = "sudzha/holder", Value = "ua", Confidence = 0.8 });
        var output = new StringWriter();
        // Act
        FuseOutput.Write(output, response);
        // Assert
        Assert.Equal(["object\tvalue\tlow\thigh", "kursk/area\t1000\t800\t1250.5", "sudzha/holder\tua\t\t"], output.ToString().TrimEnd('\r', '\n').Split(Environment.NewLine));
    }

    [Fact]
    public void ClaimJsonLine_ExtractedClaim_HasEveryFieldTheScorerReads()
    {
        // Arrange
        var claim = new Claim
        {
            Measure = "measures/area_controlled",
            Scope = new Scope { Party = "ua", Place = "RU-KRS" },
            Quantity = new Quantity { Qualifier = Qualifier.MoreThan, Low = 386, Unit = "square miles" },
            NormalizedQuantity = new Quantity { Qualifier = Qualifier.MoreThan, Low = 1000, Unit = "km2" },
            AsOf = new DateSpan { StartDate = "2024-08-12", EndDate = "2024-08-12" },
            Quote = "more than 1,000 square kilometres",
            QuoteStart = 10,
            QuoteEnd = 43,
        };
        // Act
        using var json = JsonDocument.Parse(ClaimJsonLine.Format(claim, "Oleksandr Syrskyi", "Agence France-Presse"));
        // Assert
        var root = json.RootElement;
        Assert.Equal("area_controlled", root.GetProperty("measure").GetString());
        Assert.Equal("MORE_THAN", root.GetProperty("qualifier").GetString());
        Assert.Equal(1000, root.GetProperty("low").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("point").ValueKind);
        Assert.Equal("km2", root.GetProperty("unit").GetString());
        Assert.Equal("2024-08-12", root.GetProperty("asOfEnd").GetString());
        Assert.Equal("Oleksandr Syrskyi", root.GetProperty("claimant").GetString());
        Assert.Equal("Agence France-Presse", root.GetProperty("reporter").GetString());
        Assert.Equal(43, root.GetProperty("quoteEnd").GetInt32());
        Assert.Equal(1, root.GetProperty("confidence").GetDouble());
        foreach (var field in new[] { "party", "place", "high", "asOfStart", "quote", "quoteStart" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }
    }
}
