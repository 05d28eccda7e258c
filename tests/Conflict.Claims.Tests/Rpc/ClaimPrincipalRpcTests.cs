using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Conflict.Client.Auth;
using Grpc.Core;

namespace Conflict.Claims.Tests.Rpc;

/// <summary>
/// Who recorded a claim and who changed its state, as the callers' tokens name them, through the real transport:
/// creation, retraction, supersession, the feed, batch creation and import.
/// </summary>
public sealed class ClaimPrincipalRpcTests(ClaimsServices services) : IClassFixture<ClaimsServices>
{
    private ClaimsService.ClaimsServiceClient Reader => services.ClaimsAs("analyst", ConflictRoles.Reader);

    [Fact]
    public async Task RetractClaim_ByAnotherPrincipal_ReadsShowCreatorAndRetracter()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var created = await services.ClaimsAs("alice", ConflictRoles.Writer).CreateClaimAsync(new CreateClaimRequest { Claim = Samples.Area(claimant: claimant) });

        // Act
        var retracted = await services.ClaimsAs("bob", ConflictRoles.Writer).RetractClaimAsync(new RetractClaimRequest { Name = created.Name, Reason = "wrong figure" });
        var read = await Reader.GetClaimAsync(new GetClaimRequest { Name = created.Name });
        var listed = await Reader.ListAllAsync(new ListClaimsRequest { Claimant = claimant });

        // Assert
        Assert.Equal(("alice", "alice"), (created.Creator, created.Updater));
        Assert.Equal(("alice", "bob"), (retracted.Creator, retracted.Updater));
        Assert.Equal(("alice", "bob"), (read.Creator, read.Updater));
        Assert.Equal(("alice", "bob"), (Assert.Single(listed).Creator, listed[0].Updater));
    }

    [Fact]
    public async Task SupersedeClaim_ByAnotherPrincipal_OldClaimUpdatedByThemNewClaimCreatedByThem()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var old = await services.ClaimsAs("alice", ConflictRoles.Writer).CreateClaimAsync(new CreateClaimRequest { Claim = Samples.Area(point: 10, claimant: claimant) });

        // Act
        var corrected = await services.ClaimsAs("bob", ConflictRoles.Writer).SupersedeClaimAsync(new SupersedeClaimRequest { Name = old.Name, Claim = Samples.Area(point: 12, claimant: claimant) });
        var replaced = await Reader.GetClaimAsync(new GetClaimRequest { Name = old.Name });

        // Assert
        Assert.Equal(("alice", "bob", ClaimState.Superseded), (replaced.Creator, replaced.Updater, replaced.State));
        Assert.Equal(("bob", "bob"), (corrected.Creator, corrected.Updater));
    }

    [Fact]
    public async Task WatchClaims_CreatedThenRetracted_EachEntryNamesThePrincipalsAsOfItsChange()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var created = await services.ClaimsAs("alice", ConflictRoles.Writer).CreateClaimAsync(new CreateClaimRequest { Claim = Samples.Area(claimant: claimant) });
        await services.ClaimsAs("bob", ConflictRoles.Writer).RetractClaimAsync(new RetractClaimRequest { Name = created.Name });
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // Act
        using var call = Reader.WatchClaims(new WatchClaimsRequest(), new CallOptions(cancellationToken: cancel.Token));
        var changes = new List<WatchClaimsResponse>();
        while (changes.Count < 2 && await call.ResponseStream.MoveNext())
        {
            if (call.ResponseStream.Current.Claim.Name == created.Name)
            {
                changes.Add(call.ResponseStream.Current);
            }
        }

        // Assert
        Assert.Equal([ClaimChangeType.Created, ClaimChangeType.Retracted], changes.Select(c => c.ChangeType));
        Assert.Equal([("alice", "alice"), ("alice", "bob")], changes.Select(c => (c.Claim.Creator, c.Claim.Updater)));
    }

    [Fact]
    public async Task BatchCreateClaims_ByWriter_EveryClaimRecordsTheWriter()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var request = new BatchCreateClaimsRequest();
        request.Requests.Add(Enumerable.Range(1, 3).Select(i => new CreateClaimRequest { Claim = Samples.Area(point: i, claimant: claimant) }));

        // Act
        var response = await services.ClaimsAs("desk", ConflictRoles.Writer).BatchCreateClaimsAsync(request);
        var listed = await Reader.ListAllAsync(new ListClaimsRequest { Claimant = claimant });

        // Assert
        Assert.Equal(3, listed.Count);
        Assert.All(response.Claims.Concat(listed), c => Assert.Equal(("desk", "desk"), (c.Creator, c.Updater)));
    }

    [Fact]
    public async Task ImportClaims_ByImporter_EveryClaimRecordsTheImporter()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var prefix = Guid.NewGuid().ToString("N");
        var items = Enumerable.Range(0, 5).Select(i => new ImportClaimsItem { RequestId = $"{prefix}-{i}", Claim = Samples.Area(point: i, claimant: claimant) });
        using var call = services.ClaimsAs("newsroom-importer", ConflictRoles.Writer).ImportClaims();

        // Act
        await call.RequestStream.WriteAsync(new ImportClaimsRequest { Items = { items } });
        await call.RequestStream.CompleteAsync();
        while (await call.ResponseStream.MoveNext())
        {
            // Progress only: the claims are read back below.
        }
        var listed = await Reader.ListAllAsync(new ListClaimsRequest { Claimant = claimant });

        // Assert
        Assert.Equal(5, listed.Count);
        Assert.All(listed, c => Assert.Equal(("newsroom-importer", "newsroom-importer"), (c.Creator, c.Updater)));
    }
}
