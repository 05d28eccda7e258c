namespace Conflict.Client.Auth;

/// <summary>
/// The roles a Conflict token carries, each including the ones before it: a <c>reader</c> reads, a <c>writer</c>
/// also creates and changes records, an <c>admin</c> also deletes sources and changes the catalog.
/// </summary>
public static class ConflictRoles
{
    public const string Reader = "reader";
    public const string Writer = "writer";
    public const string Admin = "admin";

    /// <summary>Every role, weakest first.</summary>
    public static IReadOnlyList<string> All { get; } = [Reader, Writer, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    /// <summary>The roles that grant <paramref name="required"/>: it and every stronger one.</summary>
    public static string[] Granting(string required)
    {
        var index = All.ToList().IndexOf(required);
        if (index < 0)
        {
            throw new ArgumentException($"Unknown role '{required}'.", nameof(required));
        }
        return [.. All.Skip(index)];
    }
}
