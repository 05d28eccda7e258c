using Conflict.Gateway.Tests.Hosting;
using Microsoft.Playwright;

namespace Conflict.Gateway.Tests;

/// <summary>The page across a Reconciliation restart: it says so while the service is down and goes live again.</summary>
public sealed class WebPageRecoveryTests : IAsyncLifetime
{
    private readonly SuiteFixture _suite = new();

    public Task InitializeAsync() => _suite.InitializeAsync();

    public Task DisposeAsync() => _suite.DisposeAsync();

    [ChromiumFact]
    public async Task Page_ReconciliationRestarted_ShowsOutageThenGoesLiveAgain()
    {
        // Arrange
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Executable, Args = WebPageTests.ChromiumArgs });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_suite.Gateway.Address + "/#localities_controlled/ua/RU-KRS");
        await page.Locator("#status.live").WaitForAsync();
        // Act
        await _suite.Reconciliation.StopAsync();
        await page.Locator("#status.down").WaitForAsync();
        var outage = await page.Locator("#error").InnerTextAsync();
        await _suite.Reconciliation.StartAsync();
        await page.Locator("#status.live").WaitForAsync();
        // Assert
        Assert.Contains("reconciliation", outage, StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("#chart circle.claim").CountAsync());
    }
}
