namespace Conflict.Sources;

/// <summary>Server-generated ids: UUIDv7 in hex, which sorts by creation time and keeps keyset paging cheap.</summary>
internal static class SourceIds
{
    public static string New() => Guid.CreateVersion7().ToString("N");

    public static string Or(string requested) => requested.Length > 0 ? requested : New();
}
