using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Conflict.Reconciliation.V1;

namespace Conflict.Cli.Tests.Formatting;

public sealed class TimelineFormatTests
{
    [Fact]
    public void Csv_Timeline_WritesHeaderAndOneInvariantRowPerDay()
    {
        // Arrange
        var output = new StringWriter();
        // Act
        TimelineCsv.Write(output, SampleTimelines.Kursk());
        // Assert
        var lines = output.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Equal(["date,estimate,low,high,statement_count,interpolated", "2024-08-12,850,700,1000,2,false", "2024-08-15,1000.5,850,1150,1,false", "2024-08-19,1150,1000,1300,1,false"], lines);
    }

    [Fact]
    public void Table_Timeline_ShowsEveryDayWithItsInterval()
    {
        // Arrange
        var output = new StringWriter();
        var cli = CliContext.ForWriters(output, TextWriter.Null);
        // Act
        TimelineTable.Write(cli.Console, SampleTimelines.Kursk());
        // Assert
        var text = output.ToString();
        Assert.Contains("area_controlled/ua/RU-KRS (km2), method state-space, revision 7, 3 days, 4 claims", text, StringComparison.Ordinal);
        Assert.Contains("2024-08-15", text, StringComparison.Ordinal);
        Assert.Contains("1,000.5", text, StringComparison.Ordinal);
        Assert.Contains("850 – 1,150", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Timeline_UsesProto3FieldNamesAndEnumNames()
    {
        // Arrange
        var output = new StringWriter();
        // Act
        JsonOutput.Write(output, SampleTimelines.Kursk());
        // Assert
        var json = output.ToString();
        Assert.Contains("\"statementCount\": 2", json, StringComparison.Ordinal);
        Assert.Contains("\"method\": \"METHOD_STATE_SPACE\"", json, StringComparison.Ordinal);
        Assert.Contains("\"claimantDisplayName\": \"AFP\"", json, StringComparison.Ordinal);
        Assert.Equal(SampleTimelines.Kursk(), JsonOutput.Parse<Timeline>(json));
    }

    [Fact]
    public void Chart_Timeline_DrawsBandEstimateAndEveryClaimMarker()
    {
        // Act
        var lines = TimelineChart.Render(SampleTimelines.Kursk(), width: 40, height: 12);
        // Assert
        var body = string.Join('\n', lines.Skip(1).Take(12));
        Assert.Equal("area_controlled/ua/RU-KRS (km2)", lines[0]);
        Assert.Contains(TimelineChart.Band, body);
        Assert.Contains(TimelineChart.Estimate, body);
        Assert.Contains('o', body);
        Assert.Contains('^', body);
        Assert.Contains('x', body);
        Assert.Contains(lines, l => l.Contains("2024-08-12", StringComparison.Ordinal) && l.Contains("2024-08-19", StringComparison.Ordinal));
        Assert.Equal(TimelineChart.Legend, lines[^1].Trim());
    }

    [Fact]
    public void Chart_HigherClaim_IsDrawnAboveLowerClaim()
    {
        // Act
        var lines = TimelineChart.Render(SampleTimelines.Kursk(), width: 40, height: 12).Skip(1).Take(12).ToList();
        // Assert: Zelensky's "more than 1,250" (^) sits above AFP's 800 (o at the left edge).
        var bound = lines.FindIndex(l => l.Contains('^', StringComparison.Ordinal));
        var afp = lines.FindLastIndex(l => l.Contains('o', StringComparison.Ordinal));
        Assert.True(bound < afp, string.Join('\n', lines));
    }

    [Fact]
    public void Chart_EmptyTimeline_SaysThereIsNoData()
    {
        // Act
        var lines = TimelineChart.Render(new Timeline { Variable = "area_controlled/ua/RU-KRS" });
        // Assert
        Assert.Equal(["area_controlled/ua/RU-KRS: no data"], lines);
    }
}
