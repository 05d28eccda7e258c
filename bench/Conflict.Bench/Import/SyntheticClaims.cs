using System.Globalization;
using Conflict.Claims.V1;
using Conflict.Type.V1;

namespace Conflict.Bench.Import;

/// <summary>
/// Deterministic synthetic claims: a few dozen claimants and reporters, 200 variables, as-of days over two years;
/// every tenth claimant is given as written (resolved by the Sources service, once per import stream).
/// </summary>
internal static class SyntheticClaims
{
    public const int Claimants = 40;
    private static readonly string[] Measures = ["area_controlled", "localities_controlled", "prisoners_taken", "troops_deployed", "civilians_killed"];
    private static readonly string[] Places = ["RU-KRS", "UA-59", "UA-63", "UA-14", "RU-BEL", "RU-BRY", "UA", "RU", "UA-23", "UA-65", "UA-09", "UA-48", "UA-18", "UA-74", "UA-32", "UA-71", "UA-53", "UA-12", "UA-21", "UA-46"];
    private static readonly string[] Parties = ["ua", "ru"];

    /// <summary>The variable of the claims listed in the latency measurement.</summary>
    public static string ListedVariable => Variable(0);

    public static string SourceId(int k) => "bench-source-" + k.ToString(CultureInfo.InvariantCulture);

    public static string SourceDisplayName(int k) => "Bench Speaker " + ToWords(k);

    /// <summary>One stream message: items <paramref name="start"/> to <paramref name="start"/> + <paramref name="size"/> - 1.</summary>
    public static ImportClaimsRequest Batch(long start, int size)
    {
        var batch = new ImportClaimsRequest();
        for (var i = start; i < start + size; i++)
        {
            batch.Items.Add(Item(i));
        }
        return batch;
    }

    public static ImportClaimsItem Item(long i)
    {
        var variable = (int)(i % 200);
        var measure = Measures[variable % Measures.Length];
        var claimantIndex = (int)(i % Claimants);
        var day = DateOnly.FromDayNumber(new DateOnly(2024, 8, 6).DayNumber + (int)(i % 700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var claim = new Claim
        {
            Reporter = "sources/" + SourceId((claimantIndex + 7) % Claimants),
            Measure = "measures/" + measure,
            Scope = new Scope { Party = measure == "civilians_killed" ? "" : Parties[variable / Measures.Length % 2], Place = Places[variable / 10] },
            Quantity = new Quantity { Qualifier = Qualifier.Approximate, Point = 100 + (i % 997), Unit = measure == "area_controlled" ? "km2" : "count" },
            AsOf = new DateSpan { StartDate = day, EndDate = day },
            Origin = ClaimOrigin.Import,
            Quote = "synthetic",
        };
        if (claimantIndex % 10 == 0)
        {
            claim.ClaimantText = SourceDisplayName(claimantIndex);
        }
        else
        {
            claim.Claimant = "sources/" + SourceId(claimantIndex);
        }
        return new ImportClaimsItem { RequestId = "bench-" + i.ToString(CultureInfo.InvariantCulture), Claim = claim };
    }

    private static string Variable(int v)
    {
        var measure = Measures[v % Measures.Length];
        var party = measure == "civilians_killed" ? "-" : Parties[v / Measures.Length % 2];
        return $"{measure}/{party}/{Places[v / 10]}";
    }

    /// <summary>Distinct, digit-free names so the resolver cannot confuse them.</summary>
    private static string ToWords(int k)
    {
        string[] words = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Ginkgo", "Hazel"];
        return words[k % 8] + " " + words[k / 8 % 8];
    }
}
