using Conflict.Extraction.Catalog;
using System.Globalization;
using Conflict.Claims.Common;
using Conflict.Claims.Measures;
using Conflict.Claims.V1;
using Conflict.Type.V1;

namespace Conflict.Claims.Claims;

/// <summary>
/// Checks a claim's quantity (or category): the numbers its qualifier needs, low not above high, a unit that
/// converts to the measure's unit, and values inside the measure's range once converted.
/// </summary>
internal static class ValueChecks
{
    public static ClaimValue Check(Claim claim, MeasureDefinition? measure, Problems problems)
    {
        var categorical = claim.Subject.Trim().Length > 0 || claim.Category.Trim().Length > 0;
        if (categorical)
        {
            CheckCategory(claim, problems);
            return ClaimValue.None;
        }
        if (claim.Quantity is not { } quantity)
        {
            problems.Add("quantity", "is required, unless the claim is categorical (subject and category)");
            return ClaimValue.None;
        }
        var q = problems.Under("quantity");
        CheckNumbers(quantity, q);
        var factor = measure is null ? 1 : UnitConversion.Factor(measure, quantity.Unit);
        if (factor is null)
        {
            q.Add("unit", $"'{quantity.Unit}' does not convert to the measure's unit {measure!.Unit}");
        }
        var value = new ClaimValue
        {
            Qualifier = quantity.Qualifier,
            Low = quantity.HasLow ? quantity.Low : null,
            High = quantity.HasHigh ? quantity.High : null,
            Point = quantity.HasPoint ? quantity.Point : null,
            Unit = quantity.Unit.Trim(),
            Text = quantity.Text,
            NormLow = quantity.HasLow ? quantity.Low * (factor ?? 1) : null,
            NormHigh = quantity.HasHigh ? quantity.High * (factor ?? 1) : null,
            NormPoint = quantity.HasPoint ? quantity.Point * (factor ?? 1) : null,
        };
        if (measure is not null && factor is not null)
        {
            CheckRange(value.NormLow, "low", measure, q);
            CheckRange(value.NormHigh, "high", measure, q);
            CheckRange(value.NormPoint, "point", measure, q);
        }
        return value;
    }

    private static void CheckCategory(Claim claim, Problems problems)
    {
        if (claim.Subject.Trim().Length == 0)
        {
            problems.Add("subject", "is required with a category");
        }
        if (claim.Category.Trim().Length == 0)
        {
            problems.Add("category", "is required with a subject");
        }
        if (claim.Quantity is not null)
        {
            problems.Add("quantity", "must be empty in a categorical claim (subject and category)");
        }
    }

    private static void CheckNumbers(Quantity quantity, Problems q)
    {
        var (needsLow, needsHigh, needsPoint) = quantity.Qualifier switch
        {
            Qualifier.Exact or Qualifier.Approximate => (false, false, true),
            Qualifier.AtLeast or Qualifier.MoreThan => (true, false, false),
            Qualifier.AtMost or Qualifier.LessThan => (false, true, false),
            Qualifier.Range or Qualifier.Vague => (true, true, false),
            _ => (false, false, false),
        };
        if (quantity.Qualifier == Qualifier.Unspecified)
        {
            q.Add("qualifier", "is required");
        }
        var name = quantity.Qualifier.ToString();
        Require(needsLow, quantity.HasLow, "low", name, q);
        Require(needsHigh, quantity.HasHigh, "high", name, q);
        Require(needsPoint, quantity.HasPoint, "point", name, q);
        Finite(quantity.HasLow, quantity.Low, "low", q);
        Finite(quantity.HasHigh, quantity.High, "high", q);
        Finite(quantity.HasPoint, quantity.Point, "point", q);
        if (quantity.HasLow && quantity.HasHigh && quantity.Low > quantity.High)
        {
            q.Add("low", "must not be above high");
        }
    }

    private static void Require(bool needed, bool present, string field, string qualifier, Problems q)
    {
        if (needed && !present)
        {
            q.Add(field, $"is required by the qualifier {qualifier}");
        }
    }

    private static void Finite(bool present, double value, string field, Problems q)
    {
        if (present && !double.IsFinite(value))
        {
            q.Add(field, "must be a finite number");
        }
    }

    private static void CheckRange(double? value, string field, MeasureDefinition measure, Problems q)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return;
        }
        if ((measure.Min is { } min && v < min) || (measure.Max is { } max && v > max))
        {
            q.Add(field, string.Create(CultureInfo.InvariantCulture,
                $"{v} {measure.Unit} is outside the range of {measure.Id} [{measure.Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"}, {measure.Max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}]"));
        }
    }
}
