using System.Globalization;
using Conflict.Claims.V1;
using Conflict.Client;
using Conflict.Sources.V1;
using Conflict.Type.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Conflict.Bench.Crash;

/// <summary>
/// What a crash trial writes, the same in every trial: ten claimants first, then three writers at once, each
/// stopping at its first failure: more sources one by one, claims in ImportClaims calls of
/// <see cref="CallSize"/> (one transaction each), and articles through IngestDocument. It records what each write
/// was answered: a write is acknowledged when its answer arrived, and only then.
/// </summary>
internal sealed class CrashWorkload(int claims, int articles)
{
    public const int Claimants = 10;
    public const int ExtraSources = 40;
    public const int CallSize = 100;
    public const int Places = 8;

    public HashSet<string> AcknowledgedSources { get; } = [];

    /// <summary>Per import call: its items' request ids, and whether the call was answered.</summary>
    public List<(string[] RequestIds, bool Acknowledged)> ImportCalls { get; } = [];

    /// <summary>Per answered ingest: the document and the claims it created.</summary>
    public List<(string Document, string[] Claims)> AcknowledgedIngests { get; } = [];

    public int Acknowledged => AcknowledgedSources.Count + ImportCalls.Where(c => c.Acknowledged).Sum(c => c.RequestIds.Length) + AcknowledgedIngests.Count;

    public static string RequestId(int i) => "crash-" + i.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The quote that identifies an imported claim by its request id (claims do not carry request ids).</summary>
    public static string Quote(string requestId) => "crash item " + requestId;

    public async Task CreateClaimantsAsync(ProcessSuite suite, CancellationToken ct)
    {
        var sources = new SourcesService.SourcesServiceClient(suite.Channel(ConflictService.Sources));
        for (var k = 0; k < Claimants; k++)
        {
            await CreateSourceAsync(sources, "crash-src-" + k, ct);
        }
    }

    /// <summary>Runs the three writers at once; returns when each has finished or met its first failure.</summary>
    public Task RunAsync(ProcessSuite suite, CancellationToken ct) => Task.WhenAll(
        Guard(() => CreateExtraSourcesAsync(suite, ct)),
        Guard(() => ImportAsync(suite, ct)),
        Guard(() => IngestAsync(suite, ct)));

    private static async Task Guard(Func<Task> writer)
    {
        try
        {
            await writer();
        }
        catch (RpcException)
        {
            // the service was killed under it: what was answered is recorded, the rest is not
        }
    }

    private async Task CreateExtraSourcesAsync(ProcessSuite suite, CancellationToken ct)
    {
        var sources = new SourcesService.SourcesServiceClient(suite.Channel(ConflictService.Sources));
        for (var k = 0; k < ExtraSources; k++)
        {
            await CreateSourceAsync(sources, "crash-extra-" + k, ct);
        }
    }

    private async Task CreateSourceAsync(SourcesService.SourcesServiceClient sources, string id, CancellationToken ct)
    {
        try
        {
            await sources.CreateSourceAsync(new CreateSourceRequest
            {
                SourceId = id,
                Source = new Source { DisplayName = "Crash Source " + id, Kind = SourceKind.GovernmentBody, Country = "UA" },
            }, cancellationToken: ct);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.AlreadyExists)
        {
            // created before a crash whose answer was lost, or by an earlier pass
        }
        lock (AcknowledgedSources)
        {
            AcknowledgedSources.Add(id);
        }
    }

    private async Task ImportAsync(ProcessSuite suite, CancellationToken ct)
    {
        var client = new ClaimsService.ClaimsServiceClient(suite.Channel(ConflictService.Claims));
        for (var start = 0; start < claims; start += CallSize)
        {
            var ids = Enumerable.Range(start, Math.Min(CallSize, claims - start)).Select(RequestId).ToArray();
            var index = ImportCalls.Count;
            ImportCalls.Add((ids, false));
            using var call = client.ImportClaims(cancellationToken: ct);
            var request = new ImportClaimsRequest();
            request.Items.AddRange(Enumerable.Range(start, ids.Length).Select(i => new ImportClaimsItem { RequestId = RequestId(i), Claim = Claim(i) }));
            await call.RequestStream.WriteAsync(request, ct);
            await call.RequestStream.CompleteAsync();
            ImportClaimsResponse last = new();
            while (await call.ResponseStream.MoveNext(ct))
            {
                last = call.ResponseStream.Current;
            }
            if (last.Done && last.RejectedCount == 0)
            {
                ImportCalls[index] = (ids, true);
            }
        }
    }

    private async Task IngestAsync(ProcessSuite suite, CancellationToken ct)
    {
        var client = new ClaimsService.ClaimsServiceClient(suite.Channel(ConflictService.Claims));
        for (var a = 0; a < articles; a++)
        {
            var answer = await client.IngestDocumentAsync(new IngestDocumentRequest { Document = Article(a) }, cancellationToken: ct);
            lock (AcknowledgedIngests)
            {
                AcknowledgedIngests.Add((answer.Document.Name, answer.Claims.Select(c => c.Name).ToArray()));
            }
        }
    }

    /// <summary>Claim <paramref name="i"/>: a rising count of displaced people in one of a few places, by one of the claimants.</summary>
    public static Claim Claim(int i)
    {
        var place = i % Places;
        var day = i / Places % 120;
        var claimant = i / Places / 120 % Claimants;
        var truth = 1000 * (place + 1) + 40 * day;
        var stated = Math.Round(truth * (1 + 0.03 * ((claimant % 5) - 2)) + (i % 7) * 5);
        var date = new DateOnly(2024, 8, 6).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Claim
        {
            Claimant = "sources/crash-src-" + claimant,
            Measure = "measures/people_displaced",
            Scope = new Scope { Place = "UA-" + (50 + place * 3).ToString(CultureInfo.InvariantCulture) },
            Quantity = new Quantity { Qualifier = Qualifier.Approximate, Point = stated, Unit = "count" },
            AsOf = new DateSpan { StartDate = date, EndDate = date },
            Quote = Quote(RequestId(i)),
            Origin = ClaimOrigin.Import,
        };
    }

    /// <summary>Article <paramref name="a"/>: a short wire report our extractor reads, different in every article.</summary>
    public static Document Article(int a)
    {
        var day = new DateTime(2024, 8, 8, 12, 0, 0, DateTimeKind.Utc).AddDays(a);
        var area = 700 + 11 * a;
        var text = $"Ukrainian forces control {area.ToString("N0", CultureInfo.InvariantCulture)} square kilometres of Russia's Kursk region, "
            + $"Ukraine's commander-in-chief Oleksandr Syrskyi said on {day:dddd}. Report number {a} of the crash campaign.";
        return new Document
        {
            Url = $"https://crash.example.org/reports/{a}",
            Publisher = "Crash Wire",
            PublishTime = Timestamp.FromDateTime(day),
            Language = "en",
            Title = "Kursk report " + a,
            Text = text,
        };
    }
}
