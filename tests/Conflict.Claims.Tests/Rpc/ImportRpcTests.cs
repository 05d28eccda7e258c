using Conflict.Claims.Import;
using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Grpc.Core;

namespace Conflict.Claims.Tests.Rpc;

/// <summary>ImportClaims (bidirectional stream) through the real transport.</summary>
public sealed class ImportRpcTests(ClaimsServices services) : IClassFixture<ClaimsServices>
{
    private ClaimsService.ClaimsServiceClient Client => services.Claims;

    [Fact]
    public async Task ImportClaims_InterruptedThenRetried_NoDuplicatesNothingLost()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var prefix = Guid.NewGuid().ToString("N");
        var items = Enumerable.Range(0, 6000).Select(i => new ImportClaimsItem { RequestId = $"{prefix}-{i}", Claim = Samples.Area(point: i, claimant: claimant) }).ToList();
        using (var cancel = new CancellationTokenSource())
        {
            using var interrupted = Client.ImportClaims(new CallOptions(cancellationToken: cancel.Token));
            foreach (var batch in Batches.Of(items.Take(4500), 500))
            {
                await interrupted.RequestStream.WriteAsync(new ImportClaimsRequest { Items = { batch } });
            }
            Assert.True(await interrupted.ResponseStream.MoveNext());
            Assert.True(interrupted.ResponseStream.Current.CreatedCount > 0);
            await cancel.CancelAsync();
        }
        var stored = (await Client.ListAllAsync(new ListClaimsRequest { Claimant = claimant })).Count;

        // Act
        var last = await ImportAsync(items);

        // Assert
        Assert.InRange(stored, 1, 4500);
        Assert.True(last.Done);
        Assert.Equal(6000, last.ReceivedCount);
        Assert.Equal(stored, last.DuplicateCount);
        Assert.Equal(6000 - stored, last.CreatedCount);
        var all = await Client.ListAllAsync(new ListClaimsRequest { Claimant = claimant });
        Assert.Equal(Enumerable.Range(0, 6000).Select(i => (double)i), all.Select(c => c.Quantity.Low).Order());
        Assert.All(all, c => Assert.Equal(ClaimOrigin.Import, c.Origin));
    }

    [Fact]
    public async Task ImportClaims_BadItems_RejectedWithReasonsOthersCreated()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var items = new[]
        {
            new ImportClaimsItem { RequestId = Guid.NewGuid().ToString(), Claim = Samples.Area(claimant: claimant) },
            new ImportClaimsItem { RequestId = "", Claim = Samples.Area(claimant: claimant) },
            new ImportClaimsItem { RequestId = Guid.NewGuid().ToString(), Claim = Samples.Area(point: -1, claimant: claimant, unit: "litres") },
        };

        // Act
        var last = await ImportAsync(items);

        // Assert
        Assert.Equal(3, last.ReceivedCount);
        Assert.Equal(1, last.CreatedCount);
        Assert.Equal(2, last.RejectedCount);
        Assert.Single(await Client.ListAllAsync(new ListClaimsRequest { Claimant = claimant }));
    }

    [Fact]
    public async Task ImportClaims_ProgressAfterEachCommit_CountsOnlyGrowByAtMostOneCommit()
    {
        // Arrange: two and a half commits' worth
        var claimant = await services.NewClaimantAsync();
        var count = ImportWriter.CommitSize * 5 / 2;
        var items = Enumerable.Range(0, count).Select(i => new ImportClaimsItem { RequestId = Guid.NewGuid().ToString(), Claim = Samples.Area(point: i, claimant: claimant) });

        // Act
        var reports = await ImportAllReportsAsync(items);

        // Assert
        var created = reports.Select(r => r.CreatedCount).ToList();
        Assert.True(reports.Count(r => !r.Done) >= 3);
        Assert.Equal(created.Order(), created);
        Assert.All(created.Zip(created.Skip(1)), pair => Assert.InRange(pair.Second - pair.First, 0, ImportWriter.CommitSize));
        Assert.Equal([true], reports.Where(r => r.Done).Select(r => r.Done));
        Assert.Equal(count, reports[^1].CreatedCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Batches.MaxItems + 1)]
    public async Task ImportClaims_BatchOutsideLimits_InvalidArgumentAndAcknowledgedItemsKept(int size)
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var prefix = Guid.NewGuid().ToString("N");
        ImportClaimsItem Item(int i) => new() { RequestId = $"{prefix}-{i}", Claim = Samples.Area(point: i, claimant: claimant) };
        using var call = Client.ImportClaims();
        await call.RequestStream.WriteAsync(new ImportClaimsRequest { Items = { Enumerable.Range(0, 3).Select(Item) } });
        Assert.True(await call.ResponseStream.MoveNext()); // committed after the stream pauses, and acknowledged
        Assert.Equal(3, call.ResponseStream.Current.CreatedCount);

        // Act
        await call.RequestStream.WriteAsync(new ImportClaimsRequest { Items = { Enumerable.Range(3, size).Select(Item) } });
        await call.RequestStream.CompleteAsync();
        var error = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseStream.ReadAllAsync().ToListAsync());

        // Assert
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("items", Assert.Single(error.GetBadRequest()!.FieldViolations).Field);
        Assert.Equal(3, (await Client.ListAllAsync(new ListClaimsRequest { Claimant = claimant })).Count);
    }

    private async Task<ImportClaimsResponse> ImportAsync(IEnumerable<ImportClaimsItem> items) => (await ImportAllReportsAsync(items))[^1];

    private async Task<List<ImportClaimsResponse>> ImportAllReportsAsync(IEnumerable<ImportClaimsItem> items)
    {
        using var call = Client.ImportClaims();
        var writer = Task.Run(async () =>
        {
            // Batches smaller than the limit, so that imports of a few thousand items span many messages.
            foreach (var batch in Batches.Of(items, 250))
            {
                await call.RequestStream.WriteAsync(new ImportClaimsRequest { Items = { batch } });
            }
            await call.RequestStream.CompleteAsync();
        });
        var reports = new List<ImportClaimsResponse>();
        await foreach (var report in call.ResponseStream.ReadAllAsync())
        {
            reports.Add(report);
        }
        await writer;
        return reports;
    }
}
