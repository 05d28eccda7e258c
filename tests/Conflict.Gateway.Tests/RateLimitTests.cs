using Conflict.Gateway.Tests.Hosting;

namespace Conflict.Gateway.Tests;

/// <summary>The gateway's per-caller request rate (ASP.NET Core rate limiting), on a gateway with a tiny bucket.</summary>
public sealed class RateLimitTests(SuiteFixture suite) : IClassFixture<SuiteFixture>
{
    [Fact]
    public async Task Requests_BeyondTheBurst_Return429WithRetryAfter()
    {
        // Arrange: two requests at once, then one a second
        await using var gateway = await GatewayHost.StartAsync(suite.Sources.Address, suite.Claims.Address, suite.Reconciliation.Address, new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Limits:RequestsPerSecond"] = "1",
            ["Limits:RequestBurst"] = "2",
        });

        using var warm = await gateway.Http.EventuallyOkAsync("/readyz", TimeSpan.FromSeconds(30)); // not limited; warms the channels

        // Act: six quick requests fit well inside two refills, and the bucket never holds more than two
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await gateway.Http.GetAsync("/v1/variables"));
        }

        // Assert
        Assert.InRange(answers.Count(a => a.IsSuccessStatusCode), 2, 4);
        var refused = answers.First(a => !a.IsSuccessStatusCode);
        var problem = await refused.ReadProblemAsync(429);
        Assert.Equal("RATE_LIMITED", problem.GetProperty("type").GetString());
        Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }
}
