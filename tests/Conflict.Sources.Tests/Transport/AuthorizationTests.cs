using Conflict.Client;
using Conflict.Client.Auth;
using Conflict.Sources.V1;
using Conflict.Testing;
using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;

namespace Conflict.Sources.Tests.Transport;

/// <summary>Who may do what on a real Sources service: tokens, roles, anonymous reads, the signing key.</summary>
public sealed class AuthorizationTests : IDisposable
{
    private readonly ServiceHost<SourcesServiceMarker> _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task CreateSource_NoToken_UnauthenticatedNamingTheRoleAndNothingStored()
    {
        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() => Client(null).CreateSourceAsync(Create("Nobody")).ResponseAsync);

        // Assert
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        var info = error.GetErrorInfo();
        Assert.Equal("TOKEN_MISSING", info?.Reason);
        Assert.Equal("writer", info?.Metadata["required_role"]);
        Assert.Empty((await Client(null).ListSourcesAsync(new ListSourcesRequest())).Sources);
    }

    [Fact]
    public async Task CreateSource_ReaderToken_PermissionDeniedAndNothingStored()
    {
        // Arrange
        var reader = TestTokens.Create("analyst", ConflictRoles.Reader);

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() => Client(reader).CreateSourceAsync(Create("Denied")).ResponseAsync);

        // Assert
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Equal("ROLE_TOO_WEAK", error.GetErrorInfo()?.Reason);
        Assert.Contains("'analyst' has role reader", error.Status.Detail, StringComparison.Ordinal);
        Assert.Empty((await Client(reader).ListSourcesAsync(new ListSourcesRequest())).Sources);
    }

    [Fact]
    public async Task DeleteSource_WriterRefused_AdminDeletes()
    {
        // Arrange
        var writer = Client(TestTokens.Create("desk", ConflictRoles.Writer));
        var created = await writer.CreateSourceAsync(Create("Short Lived"));

        // Act
        var refused = await Assert.ThrowsAsync<RpcException>(() => writer.DeleteSourceAsync(new DeleteSourceRequest { Name = created.Name }).ResponseAsync);
        var deleted = await Client(TestTokens.Admin).DeleteSourceAsync(new DeleteSourceRequest { Name = created.Name });

        // Assert
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Equal("admin", refused.GetErrorInfo()?.Metadata["required_role"]);
        Assert.NotNull(deleted.DeleteTime);
    }

    [Fact]
    public async Task CreateSource_ExpiredToken_UnauthenticatedSayingWhy()
    {
        // Arrange: issued three hours ago for one hour
        var expired = ConflictTokens.Create(TestTokens.SigningKey, "late", ConflictRoles.Writer, TimeSpan.FromHours(1), DateTimeOffset.UtcNow.AddHours(-3));

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() => Client(expired).CreateSourceAsync(Create("Late")).ResponseAsync);

        // Assert
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal("TOKEN_REJECTED", error.GetErrorInfo()?.Reason);
        Assert.Contains("Lifetime validation failed", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_TokenOfAnotherSuite_RefusedEvenWhereAnonymousReadsPass()
    {
        // Arrange: right shape, signed with a different key
        var foreign = ConflictTokens.Create(ConflictTokens.NewSigningKey(), "stranger", ConflictRoles.Admin);

        // Act
        var anonymous = await Client(null).ListSourcesAsync(new ListSourcesRequest());
        var error = await Assert.ThrowsAsync<RpcException>(() => Client(foreign).ListSourcesAsync(new ListSourcesRequest()).ResponseAsync);

        // Assert
        Assert.NotNull(anonymous);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal("TOKEN_REJECTED", error.GetErrorInfo()?.Reason);
    }

    [Fact]
    public async Task Reads_ConfiguredAuthenticated_AnonymousRefusedReaderServedHealthOpen()
    {
        // Arrange
        _host.UseSetting("Auth:Reads", "Authenticated");
        var reader = TestTokens.Create("analyst", ConflictRoles.Reader);

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() => Client(null).ListSourcesAsync(new ListSourcesRequest()).ResponseAsync);
        var listed = await Client(reader).ListSourcesAsync(new ListSourcesRequest());
        var health = await new Health.HealthClient(_host.CreateChannel(security: ClientSecurity.None)).CheckAsync(new HealthCheckRequest());

        // Assert
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Contains("reads without one are allowed nowhere", error.Status.Detail, StringComparison.Ordinal);
        Assert.NotNull(listed);
        Assert.NotEqual(HealthCheckResponse.Types.ServingStatus.Unknown, health.Status);
    }

    [Fact]
    public async Task CreateSource_ServiceWithoutSigningKey_RefusedNamingTheSetting()
    {
        // Arrange
        _host.UseSetting("Auth:SigningKey", "");

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() => Client(TestTokens.Admin).CreateSourceAsync(Create("Keyless")).ResponseAsync);

        // Assert
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Contains("Auth:SigningKey", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_BeyondTheBurst_ResourceExhaustedWithRetryInfoAndNothingStored()
    {
        // Arrange: a bucket of two calls, refilled by one a second; a read first, so the connection is warm and six
        // writes fit well inside two refills (the bucket never holds more than two)
        _host.UseSetting("Limits:WritesPerSecond", "1").UseSetting("Limits:WriteBurst", "2");
        var client = Client(TestTokens.Admin);
        await client.ListSourcesAsync(new ListSourcesRequest());

        // Act
        var created = new List<string>();
        var refused = new List<RpcException>();
        for (var i = 0; i < 6; i++)
        {
            try
            {
                created.Add((await client.CreateSourceAsync(Create("Outlet " + i))).DisplayName);
            }
            catch (RpcException e)
            {
                refused.Add(e);
            }
        }
        var reads = await client.ListSourcesAsync(new ListSourcesRequest());

        // Assert: refused before anything is stored; reads are not limited by the write bucket
        Assert.InRange(created.Count, 2, 4);
        Assert.All(refused, e => Assert.Equal(StatusCode.ResourceExhausted, e.StatusCode));
        Assert.All(refused, e => Assert.Equal("RATE_LIMITED", e.GetErrorInfo()?.Reason));
        var retry = refused[0].GetRpcStatus()?.GetDetail<RetryInfo>();
        Assert.NotNull(retry);
        Assert.InRange(retry.RetryDelay.ToTimeSpan(), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.Equal(created.Order(), reads.Sources.Select(s => s.DisplayName).Order());
    }

    private SourcesService.SourcesServiceClient Client(string? token) =>
        new(_host.CreateChannel(security: token is null ? ClientSecurity.None : TestTokens.As(token)));

    private static CreateSourceRequest Create(string name) =>
        new() { Source = new Source { DisplayName = name, Kind = SourceKind.NewsAgency, Country = "UA" } };
}
