using Conflict.Extraction.Lexicon;
using Conflict.Extraction.Text;

namespace Conflict.Extraction.Numbers;

/// <summary>
/// Reads a quantity at a token: [qualifier] [range opener] number [unit] [(to|-|à|and) number [unit]].
/// "more than 1,000 square kilometers", "between 10 and 15 km", "d'un à deux kilomètres", "hundreds of km²".
/// </summary>
internal sealed class QuantityReader(Lexicon.Lexicon lex, PhraseSet<(string Unit, double Factor)> units)
{
    public Quantity? TryRead(List<Token> t, int i, int end, bool[] masked)
    {
        if (!t[i].IsNumber && !t[i].Has(lex.QuantityStartBit))
        {
            return null;
        }
        var j = i;
        var qualifier = Qualifier.Unspecified;
        var n = lex.Qualifiers.Match(t, j, end, out var qualifiers);
        if (n > 0)
        {
            qualifier = qualifiers[0];
            j += n;
            j += j < end && lex.Determiners.Contains(t[j].Key) && j + 1 < end && t[j + 1].IsNumber ? 1 : 0;
        }
        var opener = j + 1 < end && lex.RangeOpeners.Contains(t[j].Key);
        if (opener && (masked[j + 1] || !NumberReader.TryRead(t, j + 1, end, lex, out _)))
        {
            opener = false;
        }
        j += opener ? 1 : 0;
        if (j >= end || masked[j] || !NumberReader.TryRead(t, j, end, lex, out var first))
        {
            return null;
        }
        var numberStart = j;
        j = first.End;
        var unit = ReadUnit(t, ref j, end, first.Form);
        var second = ReadRangeEnd(t, ref j, end, masked, opener, first, ref unit);
        if (unit is null && first.Form == NumberForm.Article && second is null)
        {
            return null;
        }
        var (canonical, factor) = unit ?? (first.Form == NumberForm.Fraction ? ("percent", 1.0) : ("count", 1.0));
        var start = opener && second is null && qualifier == Qualifier.Unspecified ? numberStart : i;
        return Build(start, j, numberStart, qualifier, first, second, canonical, factor);
    }

    private (string Unit, double Factor)? ReadUnit(List<Token> t, ref int j, int end, NumberForm form)
    {
        var n = units.Match(t, j, end, out var found);
        if (n == 0 && j + 1 < end && t[j].Key == "-" && t[j].Gap == Gap.None && t[j + 1].Gap == Gap.None)
        {
            // "a 70-kilometre-wide front"
            n = units.Match(t, j + 1, end, out found);
            j += n > 0 ? 1 : 0;
        }
        if (n == 0 && form is NumberForm.Vague or NumberForm.Approximate && j + 1 < end && lex.Of.Contains(t[j].Key))
        {
            n = units.Match(t, j + 1, end, out found);
            j += n > 0 ? 1 : 0;
        }
        if (n == 0)
        {
            return null;
        }
        j += n;
        return found[0];
    }

    private NumberValue? ReadRangeEnd(List<Token> t, ref int j, int end, bool[] masked, bool opener,
        NumberValue first, ref (string Unit, double Factor)? unit)
    {
        if (j + 1 >= end || first.Form is NumberForm.Vague or NumberForm.Fraction || masked[j + 1])
        {
            return null;
        }
        var key = t[j].Key;
        if (!lex.RangeConnectors.Contains(key) && !(opener && lex.PairConnectors.Contains(key)))
        {
            return null;
        }
        if (!NumberReader.TryRead(t, j + 1, end, lex, out var second) || second.Form is NumberForm.Vague or NumberForm.Fraction
            || second.Value <= first.Value)
        {
            return null;
        }
        var k = second.End;
        var secondUnit = ReadUnit(t, ref k, end, second.Form);
        if (unit is not null && secondUnit is not null && unit.Value.Unit != secondUnit.Value.Unit)
        {
            return null;
        }
        unit = secondUnit ?? unit;
        j = k;
        return second;
    }

    private static Quantity Build(int start, int end, int numberStart, Qualifier qualifier, NumberValue first,
        NumberValue? second, string unit, double factor)
    {
        if (second is { } hi)
        {
            return new Quantity
            {
                Start = start, End = end, NumberStart = numberStart, Qualifier = Qualifier.Range, Unit = unit,
                Form = first.Form, Low = first.Value * factor, High = hi.Value * factor,
            };
        }
        var v = first.Value * factor;
        if (first.Form == NumberForm.Vague)
        {
            return new Quantity
            {
                Start = start, End = end, NumberStart = numberStart, Qualifier = Qualifier.Vague, Unit = unit,
                Form = first.Form, Low = first.Low * factor, High = first.High * factor,
            };
        }
        var q = qualifier != Qualifier.Unspecified ? qualifier
            : first.Form == NumberForm.Approximate ? Qualifier.Approximate : Qualifier.Exact;
        return q switch
        {
            Qualifier.MoreThan or Qualifier.AtLeast => new Quantity { Start = start, End = end, NumberStart = numberStart, Qualifier = q, Unit = unit, Form = first.Form, Low = v },
            Qualifier.AtMost or Qualifier.LessThan => new Quantity { Start = start, End = end, NumberStart = numberStart, Qualifier = q, Unit = unit, Form = first.Form, High = v },
            _ => new Quantity { Start = start, End = end, NumberStart = numberStart, Qualifier = q, Unit = unit, Form = first.Form, Point = v },
        };
    }
}
