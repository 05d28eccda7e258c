using System.Globalization;
using Conflict.Cli.Cli;
using Google.Protobuf.WellKnownTypes;

namespace Conflict.Cli.Formatting;

/// <summary>Days as YYYY-MM-DD and publication times as timestamps.</summary>
internal static class Dates
{
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>Checks a YYYY-MM-DD option value; empty stays empty.</summary>
    public static string Day(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        return TryParseDay(text, out var day)
            ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw CliException.Usage($"{option}: '{text}' is not a date (YYYY-MM-DD).");
    }

    /// <summary>Parses a day (midnight UTC) or a full ISO 8601 time into a timestamp.</summary>
    public static bool TryParseTime(string? text, out Timestamp time)
    {
        time = new Timestamp();
        if (TryParseDay(text, out var day))
        {
            time = Timestamp.FromDateTime(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            return true;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            time = Timestamp.FromDateTimeOffset(moment);
            return true;
        }
        return false;
    }

    public static Timestamp Time(string? text, string option) =>
        TryParseTime(text, out var time) ? time : throw CliException.Usage($"{option}: '{text}' is not a date (YYYY-MM-DD) or ISO 8601 time.");

    public static string DayOf(Timestamp? time) =>
        time is null ? "" : time.ToDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
