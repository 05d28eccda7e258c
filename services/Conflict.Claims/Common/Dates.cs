using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace Conflict.Claims.Common;

/// <summary>Conversions between protobuf times, ISO days and the Unix milliseconds the database stores.</summary>
internal static class Dates
{
    private const long MsPerDay = 86_400_000;

    public static bool TryParseDay(string text, out long ms)
    {
        ms = 0;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }
        ms = ToMs(day);
        return true;
    }

    public static long ToMs(DateOnly day) => (day.DayNumber - UnixEpochDay) * MsPerDay;

    public static string Day(long ms) => DateOnly.FromDayNumber((int)(ms / MsPerDay) + UnixEpochDay).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The UTC day containing <paramref name="ms"/>, as Unix milliseconds at midnight.</summary>
    public static long DayOf(long ms) => ms - (((ms % MsPerDay) + MsPerDay) % MsPerDay);

    public static long ToMs(Timestamp time) => time.Seconds * 1000 + time.Nanos / 1_000_000;

    /// <summary>
    /// A Timestamp within what google/protobuf/timestamp.proto allows (0001-01-01 to 9999-12-31, nanos 0 to
    /// 999,999,999); anything else is a bad request, and would overflow the milliseconds the database stores.
    /// </summary>
    public static bool IsValid(Timestamp time) =>
        time.Seconds is >= MinSeconds and <= MaxSeconds && time.Nanos is >= 0 and <= 999_999_999;

    private const long MinSeconds = -62_135_596_800;
    private const long MaxSeconds = 253_402_300_799;

    public static Timestamp ToTimestamp(long ms) => Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(ms));

    public static long NowMs() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    private static int UnixEpochDay => DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;
}
