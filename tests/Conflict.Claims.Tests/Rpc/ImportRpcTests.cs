using Conflict.Claims.Import;
using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Conflict.Grpc;

namespace Conflict.Claims.Tests.Rpc;

/// <summary>ImportClaims (bidirectional stream) through the real transport.</summary>
public sealed class ImportRpcTests(ClaimsServices services) : IClassFixture<ClaimsServices>
{
    private ClaimsServiceClient Client => services.Claims;

    [Fact]
    public async Task ImportClaims_InterruptedThenRetried_NoDuplicatesNothingLost()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var prefix = Guid.NewGuid().ToString("N");
        var items = Enumerable.Range(0, 6000).Select(i => new ImportClaimsRequest { RequestId = $"{prefix}-{i}", Claim = Samples.Area(point: i, claimant: claimant) }).ToList();
        using (var cancel = new CancellationTokenSource())
        {
            using var interrupted = Client.ImportClaims(new CallOptions(CancellationToken: cancel.Token));
            foreach (var item in items.Take(4500))
            {
                await interrupted.RequestStream.WriteAsync(item);
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
            new ImportClaimsRequest { RequestId = Guid.NewGuid().ToString(), Claim = Samples.Area(claimant: claimant) },
            new ImportClaimsRequest { RequestId = "", Claim = Samples.Area(claimant: claimant) },
            new ImportClaimsRequest { RequestId = Guid.NewGuid().ToString(), Claim = Samples.Area(point: -1, claimant: claimant, unit: "litres") },
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
        var items = Enumerable.Range(0, count).Select(i => new ImportClaimsRequest { RequestId = Guid.NewGuid().ToString(), Claim = Samples.Area(point: i, claimant: claimant) });

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

    private async Task<ImportClaimsResponse> ImportAsync(IEnumerable<ImportClaimsRequest> items) => (await ImportAllReportsAsync(items))[^1];

    private async Task<List<ImportClaimsResponse>> ImportAllReportsAsync(IEnumerable<ImportClaimsRequest> items)
    {
        using var call = Client.ImportClaims();
        var writer = Task.Run(async () =>
        {
            foreach (var item in items)
            {
                await call.RequestStream.WriteAsync(item);
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
