using System.Net.Http.Headers;
using Conflict.Client.Auth;
using Conflict.Gateway.Tests.Hosting;
using Conflict.Testing;

namespace Conflict.Gateway.Tests;

/// <summary>Tokens through the gateway: it passes the caller's on, so the services' refusals reach HTTP as 401 and 403.</summary>
public sealed class AuthorizationTests(RealSuiteFixture suite) : IClassFixture<RealSuiteFixture>
{
    private const string NewSource = """{"displayName":"Gateway Auth Outlet","kind":"SOURCE_KIND_NEWS_OUTLET","country":"FR"}""";

    [Fact]
    public async Task CreateSource_NoToken_Returns401ProblemAndStoresNothing()
    {
        // Arrange
        using var anonymous = Client(null);

        // Act
        var refused = await anonymous.PostAsync("/v1/sources?sourceId=gw-anon", HttpJson.Body(NewSource));
        var problem = await refused.ReadProblemAsync(401);
        var lookup = await anonymous.GetAsync("/v1/sources/gw-anon");

        // Assert: reads from this machine need no token; the write stored nothing
        Assert.Equal("UNAUTHENTICATED", problem.GetProperty("code").GetString());
        Assert.Equal("TOKEN_MISSING", problem.GetProperty("type").GetString());
        Assert.Equal("writer", problem.GetProperty("metadata").GetProperty("required_role").GetString());
        Assert.Equal("Bearer", refused.Headers.WwwAuthenticate.ToString());
        Assert.Equal(404, (int)lookup.StatusCode);
    }

    [Fact]
    public async Task CreateSource_ReaderToken_Returns403()
    {
        // Arrange
        using var reader = Client(TestTokens.Create("analyst", ConflictRoles.Reader));

        // Act
        var problem = await (await reader.PostAsync("/v1/sources?sourceId=gw-reader", HttpJson.Body(NewSource))).ReadProblemAsync(403);

        // Assert
        Assert.Equal("PERMISSION_DENIED", problem.GetProperty("code").GetString());
        Assert.Equal("ROLE_TOO_WEAK", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Reads_ForeignToken_Returns401FromTheGatewayItself()
    {
        // Arrange
        using var stranger = Client(ConflictTokens.Create(ConflictTokens.NewSigningKey(), "stranger", ConflictRoles.Admin));

        // Act
        var response = await stranger.GetAsync("/v1/sources");
        var problem = await response.ReadProblemAsync(401);

        // Assert
        Assert.Equal("TOKEN_REJECTED", problem.GetProperty("type").GetString());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    private HttpClient Client(string? token)
    {
        var http = new HttpClient { BaseAddress = suite.Http.BaseAddress };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return http;
    }
}
