using Conflict.Claims.V1;
using Conflict.Cli.Files;
using Conflict.Type.V1;

namespace Conflict.Cli.Tests.Files;

public sealed class ClaimFileReaderTests
{
    private const string Header = "claimant,reporter,measure,party,place,qualifier,low,high,point,unit,as_of_start,as_of_end,url,note";

    [Fact]
    public void Csv_GoodRow_BecomesAnImportedClaim()
    {
        // Arrange
        var csv = Header + "\nOleksandr Syrskyi,RFE/RL,area_controlled,ua,RU-KRS,APPROXIMATE,,,1150,km2,2024-08-15,2024-08-15,https://example.org/a,\"About 1,150 km², with \"\"82\"\" localities\"\n";
        // Act
        var rows = ClaimFileReader.Read(new StringReader(csv), "csv");
        // Assert
        var row = Assert.Single(rows);
        Assert.True(row.IsValid, string.Join("; ", row.Errors));
        Assert.Equal(2, row.Line);
        var claim = row.Claim!;
        Assert.Equal("measures/area_controlled", claim.Measure);
        Assert.Equal(new Scope { Party = "ua", Place = "RU-KRS" }, claim.Scope);
        Assert.Equal(Qualifier.Approximate, claim.Quantity.Qualifier);
        Assert.Equal(1150, claim.Quantity.Point);
        Assert.False(claim.Quantity.HasLow);
        Assert.Equal("Oleksandr Syrskyi", claim.ClaimantText);
        Assert.Equal("RFE/RL", claim.ReporterText);
        Assert.Equal(ClaimOrigin.Import, claim.Origin);
        Assert.Equal("About 1,150 km², with \"82\" localities", row.Note);
        Assert.Equal("https://example.org/a", row.Url);
    }

    [Fact]
    public void Csv_BadRows_ReportEveryProblemAndKeepTheGoodRows()
    {
        // Arrange
        var csv = string.Join('\n',
            Header,
            "Zelensky,UAWire,localities_controlled,ua,RU-KRS,EXACT,,,92,count,2024-08-19,,,",
            "Zelensky,UAWire,,ua,RU-KRS,ROUGHLY,,,many,count,19/08/2024,,,",
            "Smirnov,BBC,localities_controlled,ua,RU-KRS,RANGE,40,30,,count,2024-08-12,2024-08-11,,",
            ",BBC,localities_controlled,ua,RU-KRS,MORE_THAN,,,,count,2024-08-12,,,",
            "DeepState,Euromaidan Press,localities_controlled,ua,RU-KRS,APPROXIMATE,,,44,count,2024-08-12,,,");
        // Act
        var rows = ClaimFileReader.Read(new StringReader(csv), "csv");
        // Assert
        Assert.Equal([true, false, false, false, true], rows.Select(r => r.IsValid));
        Assert.Equal([2, 3, 4, 5, 6], rows.Select(r => r.Line));
        Assert.Equal(["measure: required", "as_of_start: '19/08/2024' is not a date (YYYY-MM-DD)", "point: 'many' is not a number", "qualifier: 'ROUGHLY' is not one of EXACT, APPROXIMATE, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, RANGE, VAGUE"], rows[1].Errors);
        Assert.Contains("low: 40 is greater than high 30", rows[2].Errors);
        Assert.Contains("as_of_end: 2024-08-11 is before as_of_start 2024-08-12", rows[2].Errors);
        Assert.Equal(["claimant: required", "low: required for qualifier MORE_THAN"], rows[3].Errors);
        Assert.Equal("2024-08-19", rows[0].Claim!.AsOf.EndDate);
    }

    [Fact]
    public void Json_ArrayAndLines_ReadTheSameClaimsWithTheSameRequestIds()
    {
        // Arrange
        var csv = Header + "\nVolodymyr Zelensky,UAWire,area_controlled,ua,RU-KRS,MORE_THAN,1250,,,km2,2024-08-19,2024-08-19,,\n";
        const string line = """{"claimant":"Volodymyr Zelensky","reporter":"UAWire","measure":"area_controlled","party":"ua","place":"RU-KRS","qualifier":"MORE_THAN","low":1250,"unit":"km2","asOfStart":"2024-08-19","asOfEnd":"2024-08-19"}""";
        // Act
        var fromCsv = ClaimFileReader.Read(new StringReader(csv), "csv").Single();
        var fromArray = ClaimFileReader.Read(new StringReader("[" + line + "]"), "json").Single();
        var fromLines = ClaimFileReader.Read(new StringReader("\n" + line + "\n"), "jsonl").Single();
        // Assert
        Assert.Equal(fromCsv.Claim, fromArray.Claim);
        Assert.Equal(fromCsv.Claim, fromLines.Claim);
        Assert.Equal(fromCsv.RequestId, fromArray.RequestId);
        Assert.Equal(fromCsv.RequestId, fromLines.RequestId);
        Assert.Equal(2, fromLines.Line);
    }

    [Fact]
    public void RequestId_DifferentValues_Differ()
    {
        // Arrange
        var a = Header + "\nA,R,area_controlled,ua,RU-KRS,EXACT,,,1,km2,2024-08-19,,,\n";
        var b = Header + "\nA,R,area_controlled,ua,RU-KRS,EXACT,,,2,km2,2024-08-19,,,\n";
        // Act
        var idA = ClaimFileReader.Read(new StringReader(a), "csv").Single().RequestId;
        var idB = ClaimFileReader.Read(new StringReader(b), "csv").Single().RequestId;
        // Assert
        Assert.NotEqual(idA, idB);
        Assert.StartsWith("row-", idA, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLines_BrokenLine_IsRejectedAndTheRestRead()
    {
        // Arrange
        var text = """
            {"claimant":"DeepState","measure":"area_controlled","party":"ua","place":"RU-KRS","point":140,"unit":"km2","asOf":"2025-03-13"}
            {"claimant": "oops"
            [1, 2]
            """;
        // Act
        var rows = ClaimFileReader.Read(new StringReader(text), "jsonl");
        // Assert
        Assert.Equal(3, rows.Count);
        Assert.True(rows[0].IsValid);
        Assert.Equal(Qualifier.Exact, rows[0].Claim!.Quantity.Qualifier);
        Assert.StartsWith("not a claim:", Assert.Single(rows[1].Errors), StringComparison.Ordinal);
        Assert.StartsWith("not a claim: expected an object", Assert.Single(rows[2].Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_TooManyFields_IsRejected()
    {
        // Act
        var rows = ClaimFileReader.Read(new StringReader("claimant,measure\nA,area_controlled,extra\n"), "csv");
        // Assert
        Assert.Contains("1 more field(s) than the header", rows.Single().Errors);
    }

    [Fact]
    public void DemoClaims_EveryRow_IsValid()
    {
        // Arrange
        var path = Path.Combine(RepositoryRoot.Path, "demo", "claims.csv");
        // Act
        var rows = ClaimFileReader.Read(path);
        // Assert
        Assert.Equal(100, rows.Count);
        Assert.All(rows, r => Assert.True(r.IsValid, $"line {r.Line}: {string.Join("; ", r.Errors)}"));
        Assert.Equal(100, rows.Select(r => r.RequestId).Distinct().Count());
        Assert.Equal(19, rows.Count(r => r.Claim!.Measure == "measures/area_controlled" && r.Claim.Scope.Party == "ua"));
    }
}
