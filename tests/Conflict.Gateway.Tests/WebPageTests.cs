using Conflict.Claims.V1;
using Conflict.Gateway.Tests.Hosting;
using Microsoft.Playwright;

namespace Conflict.Gateway.Tests;

/// <summary>The timeline page in headless Chromium, against the gateway and the demo services.</summary>
public sealed class WebPageTests(SuiteFixture suite) : IClassFixture<SuiteFixture>
{
    internal static readonly string[] ChromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

    [ChromiumFact]
    public async Task Page_Demo_DrawsChartAndShowsNewClaimLive()
    {
        // Arrange
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Executable, Args = ChromiumArgs });
        var page = await browser.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { consoleErrors.Add(message.Text); } };
        await page.GotoAsync(suite.Gateway.Address + "/#area_controlled/ua/RU-KRS");
        await page.Locator("#status.live").WaitForAsync();
        var variables = await page.Locator("nav button").CountAsync();
        var claimsBefore = await page.Locator("#chart circle.claim").CountAsync();
        var bands = await page.Locator("#chart polygon.band").CountAsync();
        var assessments = await page.Locator("#assessments tbody tr").CountAsync();
        await page.Locator("#chart circle.claim[data-party='ua']").First.HoverAsync();
        var tooltip = await page.Locator("#tooltip").InnerTextAsync();
        await page.Locator("#chart circle.claim[data-party='ua']").First.ClickAsync();
        await page.Locator("#explain .explain-item").First.WaitForAsync();
        var explanation = await page.Locator("#explain").InnerTextAsync();
        // Act
        var response = await suite.Http.PostAsync("/v1/claims", HttpJson.Body("""
            {"claimant":"sources/ru-mod","reporterText":"TASS","measure":"measures/area_controlled","scope":{"party":"ua","place":"RU-KRS"},
             "quantity":{"qualifier":"QUALIFIER_AT_MOST","high":400,"unit":"km2","text":"no more than 400 km²"},
             "asOf":{"startDate":"2024-09-01","endDate":"2024-09-01"},"quote":"words of our own for the test"}
            """));
        var claim = await response.ReadMessageAsync<Claim>();
        var added = page.Locator($"#chart circle.claim[data-claim='{claim.Name}']");
        await added.WaitForAsync();
        // Assert
        Assert.Equal(2, variables);
        Assert.Equal(4, claimsBefore);
        Assert.Equal(1, bands);
        Assert.True(assessments >= 6);
        Assert.Contains("Oleksandr Syrsky", tooltip, StringComparison.Ordinal);
        Assert.Contains("more than", tooltip, StringComparison.Ordinal);
        Assert.Contains("2024-08-12: estimate 1,000", explanation, StringComparison.Ordinal);
        Assert.Equal("ru", await added.GetAttributeAsync("data-party"));
        Assert.Equal(5, await page.Locator("#chart circle.claim").CountAsync());
        Assert.Empty(consoleErrors);
    }
}
