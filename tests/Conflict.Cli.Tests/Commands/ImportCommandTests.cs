using Conflict.Claims.V1;

namespace Conflict.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private const string Header = "claimant,reporter,measure,party,place,qualifier,low,high,point,unit,as_of_start,as_of_end,url,note";
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"conflict-claims-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_file);

    /// <summary>A Claims service that rejects claims about `prisoners_taken` and has already seen nothing.</summary>
    private static FakeCallInvoker ClaimsService(HashSet<string> seen) => new FakeCallInvoker()
        .On<CreateDocumentRequest, Document>("CreateDocument", r => new Document(r.Document) { Name = "documents/" + r.Document.Url.Length })
        .OnStream<ImportClaimsRequest, ImportClaimsResponse>("ImportClaims", batches =>
        {
            var requests = Items(batches);
            var progress = new ImportClaimsResponse { ReceivedCount = requests.Count, Done = true };
            foreach (var request in requests)
            {
                if (request.Claim.Measure == "measures/prisoners_taken")
                {
                    progress.RejectedCount++;
                    progress.Rejections.Add(new ImportRejection { RequestId = request.RequestId, Reasons = { "claim.measure: prisoners_taken is not in the catalog" } });
                }
                else if (seen.Add(request.RequestId))
                {
                    progress.CreatedCount++;
                }
                else
                {
                    progress.DuplicateCount++;
                }
            }
            return [progress];
        });

    private void WriteFile() => File.WriteAllText(_file, string.Join('\n',
        Header,
        "Oleksandr Syrskyi,RFE/RL,area_controlled,ua,RU-KRS,APPROXIMATE,,,1150,km2,2024-08-15,,https://rferl.example/a,note",
        "Oleksandr Syrskyi,RFE/RL,prisoners_taken,ua,RU-KRS,EXACT,,,594,count,2024-08-27,,,",
        "Volodymyr Zelensky,UAWire,area_controlled,ua,RU-KRS,MORE_THAN,,,,km2,2024-08-19,,,",
        "Volodymyr Zelensky,UAWire,localities_controlled,ua,RU-KRS,EXACT,,,92,count,2024-08-19,,https://rferl.example/a,"));

    [Fact]
    public async Task Import_BadRows_ImportsTheRestAndSummarizesEveryRejection()
    {
        // Arrange
        WriteFile();
        var invoker = ClaimsService([]);
        // Act
        var run = await CliRun.RunAsync(invoker, "claims", "import", _file);
        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("4 rows, 2 created, 0 duplicates, 2 rejected", run.Out, StringComparison.Ordinal);
        Assert.Contains("line 3", run.Out, StringComparison.Ordinal);
        Assert.Contains("prisoners_taken is not in the catalog", run.Out, StringComparison.Ordinal);
        Assert.Contains("line 4", run.Out, StringComparison.Ordinal);
        Assert.Contains("low: required for qualifier MORE_THAN", run.Out, StringComparison.Ordinal);
        var documents = invoker.Requests.Where(r => r.Method == "CreateDocument").ToList();
        Assert.Single(documents);
        var sent = Items([.. invoker.Requests.Where(r => r.Method == "ImportClaims").Select(r => (ImportClaimsRequest)r.Request)]);
        Assert.Equal(3, sent.Count);
        Assert.Equal("documents/23", sent[0].Claim.Document);
    }

    [Fact]
    public async Task Import_SameFileTwice_SendsTheSameRequestIdsSoNothingIsDuplicated()
    {
        // Arrange
        WriteFile();
        var seen = new HashSet<string>();
        var invoker = ClaimsService(seen);
        // Act
        await CliRun.RunAsync(invoker, "claims", "import", _file);
        var second = await CliRun.RunAsync(invoker, "claims", "import", _file, "--json");
        // Assert
        var summary = Conflict.Cli.Formatting.JsonOutput.Parse<ImportClaimsResponse>(second.Out);
        Assert.Equal((0L, 2L, 2L), (summary.CreatedCount, summary.DuplicateCount, summary.RejectedCount));
        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public async Task Import_StopOnError_StopsAtTheFirstBadRow()
    {
        // Arrange
        File.WriteAllText(_file, string.Join('\n',
            Header,
            "Oleksandr Syrskyi,RFE/RL,area_controlled,ua,RU-KRS,APPROXIMATE,,,1150,km2,2024-08-15,,,",
            "Volodymyr Zelensky,UAWire,area_controlled,ua,RU-KRS,MORE_THAN,,,,km2,2024-08-19,,,",
            "Volodymyr Zelensky,UAWire,localities_controlled,ua,RU-KRS,EXACT,,,92,count,2024-08-19,,,"));
        var invoker = ClaimsService([]);
        // Act
        var run = await CliRun.RunAsync(invoker, "claims", "import", _file, "--stop-on-error");
        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("3 rows, 1 created, 0 duplicates, 1 rejected, 1 not sent (stopped at the first error)", run.Out, StringComparison.Ordinal);
        Assert.Single(invoker.Requests, r => r.Method == "ImportClaims");
    }

    [Fact]
    public async Task Import_RejectionsReportedAcrossSeveralCommits_EachGetsItsLine()
    {
        // Arrange: 2,000 rows, every 500th about prisoners_taken (rejected); the service reports per 700 rows
        var lines = new List<string> { Header };
        for (var i = 1; i <= 2000; i++)
        {
            lines.Add(i % 500 == 0
                ? $"Oleksandr Syrskyi,RFE/RL,prisoners_taken,ua,RU-KRS,EXACT,,,{i},count,2024-08-27,,,"
                : $"Oleksandr Syrskyi,RFE/RL,area_controlled,ua,RU-KRS,APPROXIMATE,,,{i},km2,2024-08-15,,,");
        }
        File.WriteAllText(_file, string.Join('\n', lines));
        var invoker = new FakeCallInvoker().OnStream<ImportClaimsRequest, ImportClaimsResponse>("ImportClaims", batches => Commits(Items(batches), 700));
        // Act
        var run = await CliRun.RunAsync(invoker, "claims", "import", _file, "--json");
        // Assert: data row k is line k + 1 (after the header)
        var summary = Conflict.Cli.Formatting.JsonOutput.Parse<ImportClaimsResponse>(run.Out);
        Assert.Equal(["line 501", "line 1001", "line 1501", "line 2001"], summary.Rejections.Select(r => r.Reasons[0]));
        Assert.Equal((1996L, 4L, 2000L), (summary.CreatedCount, summary.RejectedCount, summary.ReceivedCount));
    }

    /// <summary>Progress as the service sends it: one message per commit of <paramref name="size"/> rows, counts running.</summary>
    private static List<ImportClaimsItem> Items(IReadOnlyList<ImportClaimsRequest> batches) => [.. batches.SelectMany(b => b.Items)];

    private static IEnumerable<ImportClaimsResponse> Commits(List<ImportClaimsItem> requests, int size)
    {
        var (created, rejected) = (0L, 0L);
        for (var start = 0; start < requests.Count; start += size)
        {
            var commit = requests.Skip(start).Take(size).ToList();
            var message = new ImportClaimsResponse { ReceivedCount = start + commit.Count, Done = start + size >= requests.Count };
            foreach (var request in commit)
            {
                if (request.Claim.Measure == "measures/prisoners_taken")
                {
                    rejected++;
                    message.Rejections.Add(new ImportRejection { RequestId = request.RequestId, Reasons = { "claim.measure: not in the catalog" } });
                }
                else
                {
                    created++;
                }
            }
            (message.CreatedCount, message.RejectedCount) = (created, rejected);
            yield return message;
        }
    }
}
