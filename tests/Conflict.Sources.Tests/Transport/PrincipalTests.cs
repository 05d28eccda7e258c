using Conflict.Client.Auth;
using Conflict.Sources.Tests.Support;
using Conflict.Sources.V1;
using Conflict.Testing;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Conflict.Sources.Tests.Transport;

/// <summary>
/// Who created and who last changed a source, as the callers' tokens name them, through every read: Get, List and
/// the WatchSources feed (whose snapshots are taken at each change).
/// </summary>
public sealed class PrincipalTests(SourcesHost host) : IClassFixture<SourcesHost>
{
    /// <summary>A guard against a hung stream, not a speed assertion.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task UpdateSource_ByAnotherWriter_GetAndListShowCreatorAndUpdater()
    {
        // Arrange
        var id = "who-" + TestSources.Unique();
        var created = await As("alice", ConflictRoles.Writer).CreateSourceAsync(Create(id));
        // Act
        var updated = await As("bob", ConflictRoles.Writer).UpdateSourceAsync(new UpdateSourceRequest { Source = new Source { Name = created.Name, Description = "Edited by Bob." } });
        var fetched = await As("reader", ConflictRoles.Reader).GetSourceAsync(new GetSourceRequest { Name = created.Name });
        var listed = await As("reader", ConflictRoles.Reader).ListSourcesAsync(new ListSourcesRequest { NamePrefix = "Who " + id });
        // Assert
        Assert.Equal(("alice", "alice"), (created.Creator, created.Updater));
        Assert.Equal(("alice", "bob"), (updated.Creator, updated.Updater));
        Assert.Equal(("alice", "bob"), (fetched.Creator, fetched.Updater));
        var source = Assert.Single(listed.Sources);
        Assert.Equal(("alice", "bob"), (source.Creator, source.Updater));
    }

    [Fact]
    public async Task WatchSources_ChangesByTwoWriters_EachSnapshotNamesItsUpdater()
    {
        // Arrange
        var id = "feed-" + TestSources.Unique();
        var created = await As("alice", ConflictRoles.Writer).CreateSourceAsync(Create(id));
        await As("bob", ConflictRoles.Writer).UpdateSourceAsync(new UpdateSourceRequest { Source = new Source { Name = created.Name, Description = "Edited by Bob." } });
        using var cts = new CancellationTokenSource(Guard);
        // Act
        using var call = As("reader", ConflictRoles.Reader).WatchSources(new WatchSourcesRequest(), new CallOptions(cancellationToken: cts.Token));
        var changes = await ReadChangesOfAsync(call, created.Name, 2, cts.Token);
        // Assert
        Assert.Equal([ChangeType.Created, ChangeType.Updated], changes.Select(c => c.ChangeType));
        Assert.Equal(("alice", "alice"), (changes[0].Source.Creator, changes[0].Source.Updater));
        Assert.Equal(("alice", "bob"), (changes[1].Source.Creator, changes[1].Source.Updater));
    }

    [Fact]
    public async Task DeleteAndUndelete_ByOtherPrincipals_EachBecomesTheUpdater()
    {
        // Arrange
        var id = "gone-" + TestSources.Unique();
        var created = await As("alice", ConflictRoles.Writer).CreateSourceAsync(Create(id));
        // Act
        var deleted = await As("carol", ConflictRoles.Admin).DeleteSourceAsync(new DeleteSourceRequest { Name = created.Name });
        var restored = await As("bob", ConflictRoles.Writer).UndeleteSourceAsync(new UndeleteSourceRequest { Name = created.Name });
        // Assert
        Assert.Equal(("alice", "carol"), (deleted.Creator, deleted.Updater));
        Assert.Equal(("alice", "bob"), (restored.Creator, restored.Updater));
    }

    [Fact]
    public async Task ImportSources_ByImporter_RecordsTheImporterAsCreator()
    {
        // Arrange
        var id = "imp-" + TestSources.Unique();
        var item = new ImportSourcesItem { ImportKey = "key-" + id, SourceId = id, Source = Create(id).Source };
        // Act
        var response = await CatalogHost.ImportAsync(As("newsroom-importer", ConflictRoles.Writer), [item]);
        var fetched = await As("reader", ConflictRoles.Reader).GetSourceAsync(new GetSourceRequest { Name = response.Sources[0] });
        // Assert
        Assert.Equal(("newsroom-importer", "newsroom-importer"), (fetched.Creator, fetched.Updater));
    }

    [Fact]
    public async Task UpdateSource_MaskNamesCreator_CreatorIsOutputOnly()
    {
        // Arrange
        var id = "own-" + TestSources.Unique();
        var created = await As("alice", ConflictRoles.Writer).CreateSourceAsync(Create(id));
        var patch = new Source { Name = created.Name, Creator = "mallory", Updater = "mallory", Description = "Claimed." };
        // Act
        var updated = await As("bob", ConflictRoles.Writer).UpdateSourceAsync(new UpdateSourceRequest
        {
            Source = patch,
            UpdateMask = new FieldMask { Paths = { "creator", "updater", "description" } },
        });
        // Assert
        Assert.Equal(("alice", "bob", "Claimed."), (updated.Creator, updated.Updater, updated.Description));
    }

    [Fact]
    public async Task CreateSource_TokenWithoutSubject_UnauthenticatedAndNothingStored()
    {
        // Arrange: a writer token of this suite that names nobody (ConflictTokens never makes one; another tool might)
        var nameless = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ConflictTokens.Issuer,
            Audience = ConflictTokens.Audience,
            Claims = new Dictionary<string, object> { [ConflictTokens.RoleClaim] = ConflictRoles.Writer },
            SigningCredentials = new SigningCredentials(ConflictTokens.ParseKey(TestTokens.SigningKey), SecurityAlgorithms.HmacSha256),
        });
        var id = "anon-" + TestSources.Unique();
        var client = new SourcesService.SourcesServiceClient(host.Host.CreateChannel(security: TestTokens.As(nameless)));
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.Unauthenticated, async () => await client.CreateSourceAsync(Create(id)));
        // Assert
        Assert.Equal("TOKEN_SUBJECT_MISSING", error.GetErrorInfo()?.Reason);
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await client.GetSourceAsync(new GetSourceRequest { Name = "sources/" + id }));
    }

    private SourcesService.SourcesServiceClient As(string name, string role)
        => new(host.Host.CreateChannel(security: TestTokens.As(TestTokens.Create(name, role))));

    private static CreateSourceRequest Create(string id)
        => new() { Source = TestSources.Body("Who " + id, SourceKind.NewsOutlet, "FR"), SourceId = id };

    /// <summary>Reads the feed until <paramref name="count"/> changes of one source have come (others share the service).</summary>
    private static async Task<List<WatchSourcesResponse>> ReadChangesOfAsync(AsyncServerStreamingCall<WatchSourcesResponse> call, string name, int count, CancellationToken ct)
    {
        var changes = new List<WatchSourcesResponse>();
        while (changes.Count < count && await call.ResponseStream.MoveNext(ct))
        {
            if (call.ResponseStream.Current.Source.Name == name)
            {
                changes.Add(call.ResponseStream.Current);
            }
        }
        return changes;
    }
}
