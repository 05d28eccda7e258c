using Conflict.Claims.V1;
using Conflict.Gateway.Tests.Hosting;
using Microsoft.Playwright;

namespace Conflict.Gateway.Tests;

/// <summary>The timeline page in headless Chromium over the real services, fed through the gateway's API.</summary>
public sealed class RealWebPageTests(RealSuiteFixture suite) : IClassFixture<RealSuiteFixture>
{
    [ChromiumFact]
    public async Task Page_RealServices_DrawsDemoAndShowsNewClaimLive()
    {
        // Arrange
        await RealDemo.SeedSourcesAsync(suite.Http);
        var count = await RealDemo.SeedClaimsAsync(suite.Http, RealDemo.Area);
        await RealDemo.WaitForTimelineAsync(suite.Http, RealDemo.Area, count);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Executable, Args = WebPageTests.ChromiumArgs });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(suite.Gateway.Address + "/#" + RealDemo.Area);
        await page.Locator("#status.live").WaitForAsync();
        await page.Locator("#chart circle.claim").First.WaitForAsync();
        var drawn = await page.Locator("#chart circle.claim").CountAsync();
        var bands = await page.Locator("#chart polygon.band").CountAsync();
        await page.Locator("#chart circle.claim[data-party='ua']").First.HoverAsync();
        var tooltip = await page.Locator("#tooltip").InnerTextAsync();
        // Act
        var response = await suite.Http.PostAsync("/v1/claims", HttpJson.Body(RealDemo.Claim("ru-mod", RealDemo.Area, "2024-09-01", "QUALIFIER_AT_MOST", "\"high\":400", "no more than 400 km²")));
        var claim = await response.ReadMessageAsync<Claim>();
        var added = page.Locator($"#chart circle.claim[data-claim='{claim.Name}']");
        await added.WaitForAsync(new() { Timeout = 90_000 });
        // Assert
        Assert.Equal(count, drawn);
        Assert.Equal(1, bands);
        Assert.Contains("Reporter", tooltip, StringComparison.Ordinal);
        Assert.Contains("Qualifier", tooltip, StringComparison.Ordinal);
        Assert.Equal("ru", await added.GetAttributeAsync("data-party"));
        Assert.Equal(count + 1, await page.Locator("#chart circle.claim").CountAsync());
    }
}
