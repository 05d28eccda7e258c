namespace Conflict.Claims.Common;

/// <summary>Server-generated ids and resource names.</summary>
internal static class Ids
{
    /// <summary>A new id that sorts by creation time, so keyset paging by id lists oldest first.</summary>
    public static string New() => Guid.CreateVersion7().ToString("N");

    /// <summary>The id of <paramref name="name"/> in <paramref name="collection"/> (<c>claims/abc</c> → <c>abc</c>), or null.</summary>
    public static string? Parse(string name, string collection)
    {
        // Checked in place: this runs several times for every imported claim.
        var start = collection.Length + 1;
        if (name.Length <= start || name[collection.Length] != '/' || !name.StartsWith(collection, StringComparison.Ordinal)
            || name.AsSpan(start).Contains('/'))
        {
            return null;
        }
        return name[start..];
    }

    public static string Name(string collection, string id) => id.Length == 0 ? "" : collection + "/" + id;
}
