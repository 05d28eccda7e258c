using System.Globalization;
using Conflict.Claims.V1;
using Conflict.Client;
using Conflict.Sources.V1;
using Conflict.Type.V1;

namespace Conflict.Bench.Replicas;

/// <summary>
/// What the replica proof writes: claimants created through every Sources replica in turn, then claims about 48
/// variables (two measures in 24 places, so every partition has work) imported in calls of <see cref="CallSize"/>
/// through every Claims replica in turn. The same claims whatever the number of replicas.
/// </summary>
internal static class ReplicaWorkload
{
    public const int Claimants = 10;
    public const int CallSize = 100;
    private const int Places = 24;
    private static readonly string[] Measures = ["people_displaced", "civilians_killed"];

    public static async Task CreateClaimantsAsync(Crash.ProcessSuite suite, CancellationToken ct)
    {
        for (var k = 0; k < Claimants; k++)
        {
            var sources = new SourcesService.SourcesServiceClient(suite.Channel(ConflictService.Sources, k % suite.Replicas));
            await sources.CreateSourceAsync(new CreateSourceRequest
            {
                SourceId = "replica-src-" + k.ToString(CultureInfo.InvariantCulture),
                Source = new Source { DisplayName = "Replica Source " + k, Kind = SourceKind.GovernmentBody, Country = "UA" },
            }, cancellationToken: ct);
        }
    }

    /// <summary>Imports calls [<paramref name="from"/>, <paramref name="to"/>); returns how many went through each Claims replica.</summary>
    public static Task<int[]> ImportAsync(Crash.ProcessSuite suite, int from, int to, CancellationToken ct) =>
        ImportAsync(suite, Enumerable.Range(from, to - from), ct);

    /// <summary>Imports the given calls one after the other, call k through Claims replica k mod replicas, or all
    /// through replica <paramref name="only"/>.</summary>
    public static async Task<int[]> ImportAsync(Crash.ProcessSuite suite, IEnumerable<int> calls, CancellationToken ct, int? only = null)
    {
        var perReplica = new int[suite.Replicas];
        foreach (var call in calls)
        {
            var replica = only ?? call % suite.Replicas;
            var client = new ClaimsService.ClaimsServiceClient(suite.Channel(ConflictService.Claims, replica));
            using var stream = client.ImportClaims(cancellationToken: ct);
            var request = new ImportClaimsRequest();
            request.Items.AddRange(Enumerable.Range(call * CallSize, CallSize).Select(i => new ImportClaimsItem { RequestId = "replica-" + i, Claim = Claim(i) }));
            await stream.RequestStream.WriteAsync(request, ct);
            await stream.RequestStream.CompleteAsync();
            ImportClaimsResponse last = new();
            while (await stream.ResponseStream.MoveNext(ct))
            {
                last = stream.ResponseStream.Current;
            }
            if (!last.Done || last.RejectedCount > 0)
            {
                throw new InvalidOperationException($"import call {call} was not accepted whole: {last}");
            }
            perReplica[replica]++;
        }
        return perReplica;
    }

    /// <summary>Claim <paramref name="i"/>: a rising figure in one place, by one claimant with its own house effect.</summary>
    private static Claim Claim(int i)
    {
        var variable = i % (Places * Measures.Length);
        var place = variable % Places;
        var measure = Measures[variable / Places];
        var day = i / (Places * Measures.Length) % 90;
        var claimant = i / 7 % Claimants;
        var truth = 500 * (place + 1) + 25 * day;
        var stated = Math.Round(truth * (1 + 0.04 * ((claimant % 5) - 2)) + (i % 11) * 3);
        var date = new DateOnly(2024, 8, 6).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Claim
        {
            Claimant = "sources/replica-src-" + claimant.ToString(CultureInfo.InvariantCulture),
            Measure = "measures/" + measure,
            Scope = new Scope { Place = "UA-" + (10 + place).ToString(CultureInfo.InvariantCulture) },
            Quantity = new Quantity { Qualifier = Qualifier.Approximate, Point = stated, Unit = "count" },
            AsOf = new DateSpan { StartDate = date, EndDate = date },
            Quote = "replica proof item " + i.ToString(CultureInfo.InvariantCulture),
            Origin = ClaimOrigin.Import,
        };
    }
}
