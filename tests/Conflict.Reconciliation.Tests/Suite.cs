using Conflict.Claims;
using Conflict.Claims.V1;
using Conflict.Reconciliation.V1;
using Conflict.Sources;
using Conflict.Sources.V1;
using Conflict.Testing;
using Conflict.Type.V1;
using Grpc.Core;

namespace Conflict.Reconciliation.Tests;

/// <summary>
/// The three services on real Kestrel with their own SQLite files: Reconciliation follows the feeds of Claims
/// and Sources exactly as in production.
/// </summary>
public sealed class Suite : IDisposable
{
    private int _sequence;

    public Suite()
    {
        Sources.Start();
        Claims.UseSetting("Services:Sources", Sources.Address.ToString()).Start();
        Reconciliation
            .UseSetting("Services:Claims", Claims.Address.ToString())
            .UseSetting("Services:Sources", Sources.Address.ToString())
            .Start();
    }

    public ServiceHost<SourcesServiceMarker> Sources { get; } = new();

    public ServiceHost<ClaimsServiceMarker> Claims { get; } = new();

    public ServiceHost<ReconciliationServiceMarker> Reconciliation { get; } = new();

    public SourcesService.SourcesServiceClient SourcesClient => new(Sources.CreateChannel());

    public ClaimsService.ClaimsServiceClient ClaimsClient => new(Claims.CreateChannel());

    public ReconciliationService.ReconciliationServiceClient ReconciliationClient => new(Reconciliation.CreateChannel());

    /// <summary>Creates a source with a unique id; returns its name.</summary>
    public async Task<string> AddSourceAsync(string displayName, string party, SourceKind kind = SourceKind.GovernmentBody)
    {
        var id = $"s{Interlocked.Increment(ref _sequence)}-{Guid.NewGuid():N}"[..20];
        var source = new Source { DisplayName = $"{displayName} {id}", Kind = kind, AlignedParty = party };
        return (await SourcesClient.CreateSourceAsync(new CreateSourceRequest { Source = source, SourceId = id })).Name;
    }

    /// <summary>Creates a claim about area_controlled-like measures; returns its name.</summary>
    public async Task<string> AddClaimAsync(string claimant, string variable, string day, Quantity quantity, string? reporter = null)
    {
        var parts = variable.Split('/');
        var claim = new Claim
        {
            Claimant = claimant,
            Reporter = reporter ?? "",
            Measure = "measures/" + parts[0],
            Scope = new Scope { Party = parts[1] == "-" ? "" : parts[1], Place = parts[2] },
            Quantity = quantity,
            AsOf = new DateSpan { StartDate = day, EndDate = day },
        };
        return (await ClaimsClient.CreateClaimAsync(new CreateClaimRequest { Claim = claim })).Name;
    }

    /// <summary>Polls the timeline until it satisfies <paramref name="ready"/> (the feed is asynchronous).</summary>
    public async Task<Timeline> WaitForTimelineAsync(string variable, Func<Timeline, bool> ready, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        Timeline? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                last = await ReconciliationClient.GetTimelineAsync(new GetTimelineRequest { Variable = variable });
                if (ready(last))
                {
                    return last;
                }
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The timeline of {variable} did not become ready; last: {last}");
    }

    public static Quantity Point(double value, Qualifier qualifier = Qualifier.Approximate) =>
        new() { Qualifier = qualifier, Point = value, Unit = "km2" };

    public void Dispose()
    {
        Reconciliation.Dispose();
        Claims.Dispose();
        Sources.Dispose();
    }
}
