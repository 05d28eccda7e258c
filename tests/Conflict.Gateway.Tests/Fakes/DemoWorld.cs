using Conflict.Claims.V1;
using Conflict.Sources.V1;
using Conflict.Type.V1;
using Google.Protobuf.WellKnownTypes;

namespace Conflict.Gateway.Tests.Fakes;

/// <summary>
/// The shared in-memory state of the fake services: sources and claims, seeded with a small demo
/// about the Kursk incursion (figures as reported; quotes are our own paraphrases). Every change
/// completes <see cref="NextChange"/>, which the fake WatchTimeline waits on.
/// </summary>
internal sealed class DemoWorld
{
    public const string Area = "area_controlled/ua/RU-KRS";
    public const string Localities = "localities_controlled/ua/RU-KRS";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Source> _sources = [];
    private readonly List<Claim> _claims = [];
    private TaskCompletionSource _change = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DemoWorld()
    {
        AddSource("syrsky", "Oleksandr Syrsky", SourceKind.Military, "ua");
        AddSource("zelensky", "Volodymyr Zelensky", SourceKind.HeadOfState, "ua");
        AddSource("ru-mod", "Russian Ministry of Defence", SourceKind.GovernmentBody, "ru");
        AddSource("isw", "Institute for the Study of War", SourceKind.ThinkTank, "");
        AddSource("uk-mod", "UK Ministry of Defence", SourceKind.GovernmentBody, "");
        AddSource("afp", "Agence France-Presse", SourceKind.NewsAgency, "");
        AddClaim("syrsky", "afp", Area, "2024-08-12", Qualifier.MoreThan, low: 1000, text: "more than 1,000 km²", quote: "our troops now hold upwards of a thousand square kilometres");
        AddClaim("isw", "afp", Area, "2024-08-13", Qualifier.Approximate, point: 800, text: "about 800 km²", quote: "a tally from Russian sources puts the area near 800 km²");
        AddClaim("zelensky", "afp", Area, "2025-03-10", Qualifier.Approximate, point: 500, text: "500 km²", quote: "we still control roughly five hundred square kilometres");
        AddClaim("uk-mod", "uk-mod", Area, "2025-03-11", Qualifier.Approximate, point: 300, text: "about 300 km²", quote: "the held area has shrunk to some 300 km²");
        AddClaim("zelensky", "afp", Localities, "2024-08-12", Qualifier.Exact, point: 74, text: "74", quote: "seventy-four settlements are under our control");
        AddClaim("ru-mod", "afp", Localities, "2024-08-13", Qualifier.Exact, point: 28, text: "28", quote: "the enemy entered twenty-eight villages");
    }

    public Task NextChange
    {
        get
        {
            lock (_gate)
            {
                return _change.Task;
            }
        }
    }

    public IReadOnlyList<Source> Sources()
    {
        lock (_gate)
        {
            return [.. _sources.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];
        }
    }

    public Source? FindSource(string name)
    {
        lock (_gate)
        {
            return _sources.GetValueOrDefault(name);
        }
    }

    public void PutSource(Source source)
    {
        lock (_gate)
        {
            _sources[source.Name] = source;
        }
    }

    public IReadOnlyList<Claim> Claims()
    {
        lock (_gate)
        {
            return [.. _claims];
        }
    }

    /// <summary>Stores a claim, giving it a name, variable and state, and wakes the watchers.</summary>
    public Claim Store(Claim claim)
    {
        var stored = claim.Clone();
        stored.Name = stored.Name.Length > 0 ? stored.Name : "claims/" + Guid.CreateVersion7().ToString("N");
        stored.Variable = $"{stored.Measure.Replace("measures/", "", StringComparison.Ordinal)}/{(stored.Scope?.Party is { Length: > 0 } p ? p : "-")}/{stored.Scope?.Place}";
        stored.State = ClaimState.Active;
        stored.CreateTime ??= Timestamp.FromDateTime(DateTime.UtcNow);
        TaskCompletionSource changed;
        lock (_gate)
        {
            _claims.Add(stored);
            changed = _change;
            _change = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.SetResult();
        return stored;
    }

    /// <summary>Replaces a claim (retraction) and wakes the watchers.</summary>
    public Claim? Update(string name, Action<Claim> change)
    {
        TaskCompletionSource changed;
        Claim? claim;
        lock (_gate)
        {
            claim = _claims.FirstOrDefault(c => c.Name == name);
            if (claim is null)
            {
                return null;
            }
            change(claim);
            changed = _change;
            _change = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.SetResult();
        return claim.Clone();
    }

    private void AddSource(string id, string displayName, SourceKind kind, string party)
        => PutSource(new Source { Name = "sources/" + id, DisplayName = displayName, Kind = kind, AlignedParty = party, Etag = "1" });

    private void AddClaim(string claimant, string reporter, string variable, string date, Qualifier qualifier, string text, string quote, double? low = null, double? point = null)
    {
        var parts = variable.Split('/');
        var quantity = new Quantity { Qualifier = qualifier, Text = text, Unit = parts[0] == "area_controlled" ? "km2" : "count" };
        if (low is { } l)
        {
            quantity.Low = l;
        }
        if (point is { } p)
        {
            quantity.Point = p;
        }
        Store(new Claim
        {
            Claimant = "sources/" + claimant,
            Reporter = "sources/" + reporter,
            Measure = "measures/" + parts[0],
            Scope = new Scope { Party = parts[1], Place = parts[2] },
            Quantity = quantity,
            NormalizedQuantity = quantity,
            AsOf = new DateSpan { StartDate = date, EndDate = date },
            Quote = quote,
        });
    }
}
