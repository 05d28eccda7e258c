using Conflict.Extraction.Numbers;
using Conflict.Extraction.Text;

namespace Conflict.Extraction.Dates;

/// <summary>
/// Finds date expressions in a sentence and resolves them against the publication date: calendar dates in both
/// languages, weekdays, yesterday/hier, "mid-February"/"mi-février", "N days ago", "after ten days" (from the
/// document's first calendar date) and "since January 1" periods.
/// </summary>
internal sealed class DateFinder(Lexicon.Lexicon lex)
{
    public List<DateMention> Find(List<Token> t, int first, int end, DateOnly published, DateOnly? anchor)
    {
        var found = new List<DateMention>();
        for (var k = first; k < end; k++)
        {
            if (TryAt(t, k, end, published, anchor, out var mention))
            {
                found.Add(WithSince(t, first, mention, published));
                k = mention.End - 1;
            }
        }
        return found;
    }

    private bool TryAt(List<Token> t, int k, int end, DateOnly published, DateOnly? anchor, out DateMention m)
    {
        m = default;
        int n;
        if ((n = DateWords.WeekStart.Match(t, k, end, out _)) > 0)
        {
            var monday = published.AddDays(-(((int)published.DayOfWeek + 6) % 7));
            m = new DateMention(k, k + n, monday, null, false);
            return true;
        }
        if ((n = DateWords.Relative.Match(t, k, end, out var offsets)) > 0)
        {
            m = new DateMention(k, k + n, published.AddDays(offsets[0]), null, false);
            return true;
        }
        if ((n = DateWords.MonthPart.Match(t, k, end, out var days)) > 0 && k + n < end
            && DateWords.Months.TryGetValue(t[k + n].Key, out var partMonth))
        {
            var year = ReadYear(t, k + n + 1, end, out var yearEnd);
            m = new DateMention(k, yearEnd, Resolve(year, partMonth, days[0], published), null, false);
            return true;
        }
        var calendar = t[k].IsNumber || t[k].Has(DateWords.CalendarBit) || t[k].Has(lex.NumberStartBit);
        return calendar && (TryCalendar(t, k, end, published, out m) || TryWeekday(t, k, end, published, out m)
            || TryDuration(t, k, end, published, anchor, out m));
    }

    private static bool TryCalendar(List<Token> t, int k, int end, DateOnly published, out DateMention m)
    {
        m = default;
        // "August 6[, 2024]", "Aug. 6" or "August 2024"
        var isMonth = DateWords.Months.TryGetValue(t[k].Key, out var month) && (t[k].Upper || t[k].Key.Length > 3);
        var dot = isMonth && k + 2 < end && t[k + 1].Key == "." && t[k + 1].Gap == Gap.None && t[k].Key.Length <= 4 ? 1 : 0;
        if (isMonth && k + 1 + dot < end && t[k + 1 + dot].IsNumber)
        {
            var at = k + 1 + dot;
            if (t[at].Key.Length == 4)
            {
                m = new DateMention(k, at + 1, Resolve(ParseInt(t[at].Key), month, 1, published), null, false);
                return true;
            }
            var day = ParseInt(t[at].Key);
            var after = at + 1 + (at + 1 < end && DateWords.Ordinal.Contains(t[at + 1].Key) && t[at + 1].Gap == Gap.None ? 1 : 0);
            var comma = after < end && t[after].Key == "," ? 1 : 0;
            var year = ReadYear(t, after + comma, end, out var yearEnd);
            m = new DateMention(k, year is null ? after : yearEnd, Resolve(year, month, day, published), null, true);
            return day is >= 1 and <= 31;
        }
        // "since January", "depuis janvier": the first of the month
        if (isMonth && k > 0 && DateWords.Since.Contains(t[k - 1].Key))
        {
            var year = ReadYear(t, k + 1, end, out var yearEnd);
            m = new DateMention(k, year is null ? k + 1 : yearEnd, Resolve(year, month, 1, published), null, true);
            return true;
        }
        // "6 August 2024", "1er janvier"
        if (t[k].IsNumber && t[k].Key.Length <= 2)
        {
            var next = k + 1 + (k + 1 < end && DateWords.Ordinal.Contains(t[k + 1].Key) && t[k + 1].Gap == Gap.None ? 1 : 0);
            if (next < end && DateWords.Months.TryGetValue(t[next].Key, out var month2))
            {
                var day = ParseInt(t[k].Key);
                var year = ReadYear(t, next + 1, end, out var yearEnd);
                m = new DateMention(k, year is null ? next + 1 : yearEnd, Resolve(year, month2, day, published), null, true);
                return day is >= 1 and <= 31;
            }
        }
        return false;
    }

    private static bool TryWeekday(List<Token> t, int k, int end, DateOnly published, out DateMention m)
    {
        m = default;
        if (!DateWords.Weekdays.TryGetValue(t[k].Key, out var weekday))
        {
            return false;
        }
        var skip = k + 1 < end && t[k + 1].Key == "," ? 2 : 1;
        if (k + skip < end && TryCalendar(t, k + skip, end, published, out var calendar))
        {
            m = calendar with { Start = k };
            return true;
        }
        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        // "last Sunday", "dimanche dernier" said on a Sunday: a week ago, not today
        var last = k > 0 && t[k - 1].Key == "last" ? 0 : k + 1 < end && t[k + 1].Key is "dernier" or "derniere" ? 1 : -1;
        back = back == 0 && last >= 0 ? 7 : back;
        m = new DateMention(last == 0 ? k - 1 : k, k + 1 + Math.Max(last, 0), published.AddDays(-back), null, false);
        return true;
    }

    private bool TryDuration(List<Token> t, int k, int end, DateOnly published, DateOnly? anchor, out DateMention m)
    {
        m = default;
        var afterFirst = DateWords.After.Contains(t[k].Key);
        var numberAt = afterFirst ? k + 1 : k;
        if (numberAt >= end || !(t[numberAt].IsNumber || lex.NumberWords.ContainsKey(t[numberAt].Key) || lex.ArticleOnes.Contains(t[numberAt].Key)))
        {
            return false;
        }
        if (!NumberReader.TryRead(t, numberAt, end, lex, out var number) || number.Form is NumberForm.Vague or NumberForm.Fraction
            || number.End >= end)
        {
            return false;
        }
        var unitKey = t[number.End].Key;
        var days = DateWords.Days.Contains(unitKey) ? number.Value : DateWords.Weeks.Contains(unitKey) ? number.Value * 7 : -1;
        if (days < 0 || days > 3660)
        {
            return false;
        }
        var stop = number.End + 1;
        if (!afterFirst && stop < end && DateWords.Ago.Contains(t[stop].Key))
        {
            m = new DateMention(k, stop + 1, published.AddDays(-(int)days), null, false);
            return true;
        }
        if (!afterFirst && k >= 3 && t[k - 3].Key == "il" && t[k - 2].Key == "y" && t[k - 1].Key == "a")
        {
            m = new DateMention(k - 3, stop, published.AddDays(-(int)days), null, false);
            return true;
        }
        var afterLast = !afterFirst && stop < end && DateWords.After.Contains(t[stop].Key);
        if (!afterFirst && !afterLast)
        {
            return false;
        }
        var from = anchor ?? published;
        var date = from.AddDays((int)days);
        m = new DateMention(k, afterLast ? stop + 1 : stop, date > published ? published : date, null, false);
        return true;
    }

    private static DateMention WithSince(List<Token> t, int first, DateMention m, DateOnly published)
    {
        var before = m.Start - 1;
        if (before > first && t[before].Key is "the" or "le")
        {
            before--;
        }
        return before >= first && DateWords.Since.Contains(t[before].Key) && m.Date < published
            ? new DateMention(before, m.End, published, m.Date, m.Explicit)
            : m;
    }

    private static int? ReadYear(List<Token> t, int k, int end, out int yearEnd)
    {
        yearEnd = k;
        if (k < end && t[k].IsNumber && t[k].Key.Length == 4 && ParseInt(t[k].Key) is >= 1900 and <= 2100)
        {
            yearEnd = k + 1;
            return ParseInt(t[k].Key);
        }
        return null;
    }

    private static DateOnly Resolve(int? year, int month, int day, DateOnly published)
    {
        var y = year ?? published.Year;
        day = Math.Clamp(day, 1, DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), month));
        var date = new DateOnly(Math.Clamp(y, 1, 9999), month, day);
        return year is null && date > published.AddDays(1) ? date.AddYears(-1) : date;
    }

    private static int ParseInt(string digits)
        => int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
}
