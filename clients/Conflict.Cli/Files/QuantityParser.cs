using Conflict.Cli.Formatting;
using Conflict.Type.V1;

namespace Conflict.Cli.Files;

/// <summary>Reads qualifier, low, high, point and unit columns into a quantity, checking the bounds the qualifier needs.</summary>
internal static class QuantityParser
{
    public static Quantity Parse(ClaimRecord record, List<string> errors)
    {
        var quantity = new Quantity { Unit = record.Get("unit") };
        var low = Number(record, "low", errors);
        var high = Number(record, "high", errors);
        var point = Number(record, "point", errors);
        if (low is { } l)
        {
            quantity.Low = l;
        }
        if (high is { } h)
        {
            quantity.High = h;
        }
        if (point is { } p)
        {
            quantity.Point = p;
        }
        quantity.Qualifier = Qualifier(record, quantity, errors);
        CheckBounds(quantity, errors);
        quantity.Text = record.Has("text") ? record.Get("text") : QuantityText.Format(quantity);
        return quantity;
    }

    private static double? Number(ClaimRecord record, string key, List<string> errors)
    {
        if (!record.Has(key))
        {
            return null;
        }
        if (Numbers.TryParse(record.Get(key), out var value))
        {
            return value;
        }
        errors.Add($"{key}: '{record.Get(key)}' is not a number");
        return null;
    }

    private static Qualifier Qualifier(ClaimRecord record, Quantity quantity, List<string> errors)
    {
        var text = record.Get("qualifier");
        if (text.Length > 0)
        {
            if (Qualifiers.TryParse(text, out var qualifier))
            {
                return qualifier;
            }
            errors.Add($"qualifier: '{text}' is not one of {Qualifiers.Choices}");
            return Type.V1.Qualifier.Unspecified;
        }
        // No qualifier written: infer it from which values are present.
        return quantity switch
        {
            { HasPoint: true } => Type.V1.Qualifier.Exact,
            { HasLow: true, HasHigh: true } => Type.V1.Qualifier.Range,
            { HasLow: true } => Type.V1.Qualifier.AtLeast,
            { HasHigh: true } => Type.V1.Qualifier.AtMost,
            _ => Error(errors, "qualifier: required when no value is given"),
        };
    }

    private static void CheckBounds(Quantity quantity, List<string> errors)
    {
        var needs = quantity.Qualifier switch
        {
            Type.V1.Qualifier.Exact or Type.V1.Qualifier.Approximate => quantity.HasPoint ? null : "point",
            Type.V1.Qualifier.AtLeast or Type.V1.Qualifier.MoreThan => quantity.HasLow ? null : "low",
            Type.V1.Qualifier.AtMost or Type.V1.Qualifier.LessThan => quantity.HasHigh ? null : "high",
            Type.V1.Qualifier.Range or Type.V1.Qualifier.Vague => quantity.HasLow && quantity.HasHigh ? null : "low and high",
            _ => null,
        };
        if (needs is not null)
        {
            errors.Add($"{needs}: required for qualifier {Qualifiers.Name(quantity.Qualifier)}");
        }
        if (quantity.HasLow && quantity.HasHigh && quantity.Low > quantity.High)
        {
            errors.Add($"low: {Numbers.Plain(quantity.Low)} is greater than high {Numbers.Plain(quantity.High)}");
        }
    }

    private static Type.V1.Qualifier Error(List<string> errors, string message)
    {
        errors.Add(message);
        return Type.V1.Qualifier.Unspecified;
    }
}
