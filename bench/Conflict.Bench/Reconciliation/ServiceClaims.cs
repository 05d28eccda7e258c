using System.Globalization;
using Conflict.Claims.V1;
using Conflict.Type.V1;

namespace Conflict.Bench.Reconciliation;

/// <summary>
/// Deterministic claims spread evenly over many area_controlled variables (one synthetic place each), by a few
/// dozen claimants, some aligned with the party, over a year of days.
/// </summary>
internal static class ServiceClaims
{
    public const int Claimants = 30;

    public static string SourceId(int k) => "recon-bench-" + k.ToString(CultureInfo.InvariantCulture);

    public static string Variable(int v) => $"area_controlled/ua/{Place(v)}";

    /// <summary>An ISO 3166-2-shaped code unique to variable <paramref name="v"/> (three base-36 characters).</summary>
    public static string Place(int v)
    {
        const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        return "UA-" + Digits[v / 1296 % 36] + Digits[v / 36 % 36] + Digits[v % 36];
    }

    public static Claim Claim(long i, int variables, int dayOffset = 0)
    {
        var v = (int)(i % variables);
        var k = (int)(i / variables % Claimants);
        var day = new DateOnly(2024, 8, 6).AddDays((int)(i / variables % 365) + dayOffset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var truth = 500 + 400 * Math.Sin((i / variables % 365) / 60.0 + v);
        var stated = truth * (k % 3 == 0 ? 1.2 : 1.0) * (1 + 0.05 * Math.Sin(i));
        return new Claim
        {
            Claimant = "sources/" + SourceId(k),
            Measure = "measures/area_controlled",
            Scope = new Scope { Party = "ua", Place = Place(v) },
            Quantity = new Quantity { Qualifier = Qualifier.Approximate, Point = Math.Round(stated), Unit = "km2" },
            AsOf = new DateSpan { StartDate = day, EndDate = day },
            Origin = ClaimOrigin.Import,
        };
    }
}
