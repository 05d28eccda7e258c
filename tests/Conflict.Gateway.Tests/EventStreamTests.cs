using Conflict.Gateway.Tests.Hosting;
using Conflict.Reconciliation.V1;
using Google.Protobuf;

namespace Conflict.Gateway.Tests;

public sealed class EventStreamTests(SuiteFixture suite) : IClassFixture<SuiteFixture>
{
    [Fact]
    public async Task WatchTimeline_ClaimAdded_SendsUpdatedTimelineEvent()
    {
        // Arrange
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/timelines/localities_controlled/ua/RU-KRS:watch");
        using var response = await suite.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
        using var events = new SseReader(await response.Content.ReadAsStreamAsync(cts.Token));
        var first = JsonParser.Default.Parse<Timeline>((await events.NextAsync(cts.Token))!.Data);
        // Act
        await suite.Http.PostAsync("/v1/claims", HttpJson.Body("""
            {"claimant":"sources/zelensky","measure":"measures/localities_controlled","scope":{"party":"ua","place":"RU-KRS"},
             "quantity":{"qualifier":"QUALIFIER_EXACT","point":92,"unit":"count","text":"92"},"asOf":{"startDate":"2024-08-15","endDate":"2024-08-15"}}
            """), cts.Token);
        var second = JsonParser.Default.Parse<Timeline>((await events.NextAsync(cts.Token))!.Data);
        // Assert
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, first.Evidence.Count);
        Assert.Equal(3, second.Evidence.Count);
        Assert.Contains(second.Points, p => p.Date == "2024-08-15" && p.Estimate == 92);
    }

    [Fact]
    public async Task WatchTimeline_UnknownVariable_Returns404ProblemBeforeStreaming()
    {
        // Act
        var problem = await (await suite.Http.GetAsync("/v1/timelines/nothing/-/XX:watch")).ReadProblemAsync(404);
        // Assert
        Assert.Equal("VARIABLE_NOT_FOUND", problem.GetProperty("type").GetString());
    }
}
