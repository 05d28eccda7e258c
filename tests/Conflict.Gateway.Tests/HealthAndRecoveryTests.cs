using Conflict.Gateway.Tests.Hosting;
using Conflict.Reconciliation.V1;

namespace Conflict.Gateway.Tests;

/// <summary>Each test owns its suite, because it stops a service.</summary>
public sealed class HealthAndRecoveryTests : IAsyncLifetime
{
    /// <summary>
    /// How long a restarted backend may take to answer through the gateway again: the gateway's channel reconnects
    /// after a backoff of at most 2 s (ChannelDefaults), so the first call after a restart may still get a 503.
    /// </summary>
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(10);

    private readonly SuiteFixture _suite = new();

    public Task InitializeAsync() => _suite.InitializeAsync();

    public Task DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task Healthz_Always_Returns200()
    {
        // Act
        var response = await _suite.Http.GetAsync("/healthz");
        // Assert
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Readyz_AllServicesUp_Returns200WithEachService()
    {
        // Act
        var json = await (await _suite.Http.GetAsync("/readyz")).ReadJsonAsync();
        // Assert
        Assert.Equal("SERVING", json.GetProperty("services").GetProperty("reconciliation").GetString());
        Assert.Equal("SERVING", json.GetProperty("services").GetProperty("sources").GetString());
    }

    [Fact]
    public async Task Gateway_ServiceStoppedThenRestarted_Answers503ThenRecovers()
    {
        // Arrange
        await (await _suite.Http.GetAsync("/v1/variables")).ReadMessageAsync<ListVariablesResponse>();
        // Act
        await _suite.Reconciliation.StopAsync();
        var downApi = await (await _suite.Http.GetAsync("/v1/variables")).ReadProblemAsync(503);
        var downReady = await (await _suite.Http.GetAsync("/readyz")).ReadProblemAsync(503);
        var downLive = await _suite.Http.GetAsync("/healthz");
        await _suite.Reconciliation.StartAsync();
        var upApi = await (await _suite.Http.EventuallyOkAsync("/v1/variables", Recovery)).ReadMessageAsync<ListVariablesResponse>();
        var upReady = await _suite.Http.EventuallyOkAsync("/readyz", Recovery);
        // Assert
        Assert.Equal("SERVICE_UNAVAILABLE", downApi.GetProperty("type").GetString());
        Assert.Equal("reconciliation", downApi.GetProperty("service").GetString());
        Assert.Contains(_suite.Reconciliation.Address, downApi.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotEqual("SERVING", downReady.GetProperty("services").GetProperty("reconciliation").GetString());
        Assert.Equal("SERVING", downReady.GetProperty("services").GetProperty("claims").GetString());
        Assert.Equal(200, (int)downLive.StatusCode);
        Assert.Equal(2, upApi.Variables.Count);
        Assert.Equal(200, (int)upReady.StatusCode);
    }

    [Fact]
    public async Task WatchTimeline_ServiceStopsMidStream_SendsProblemEvent()
    {
        // Arrange
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await _suite.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v1/timelines/area_controlled/ua/RU-KRS:watch"), HttpCompletionOption.ResponseHeadersRead, cts.Token);
        using var events = new SseReader(await response.Content.ReadAsStreamAsync(cts.Token));
        var first = await events.NextAsync(cts.Token);
        // Act
        await _suite.Reconciliation.StopAsync();
        var next = await events.NextAsync(cts.Token);
        // Assert
        Assert.Equal("message", first!.Name);
        Assert.Equal("problem", next!.Name);
        Assert.Contains("\"status\":", next.Data, StringComparison.Ordinal);
        Assert.Contains("\"service\":\"reconciliation\"", next.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateway_ListensHttp11()
    {
        // Act
        var response = await _suite.Http.GetAsync("/healthz");
        // Assert
        Assert.Equal(new Version(1, 1), response.Version);
    }
}
