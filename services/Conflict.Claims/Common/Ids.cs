using System.Buffers.Binary;

namespace Conflict.Claims.Common;

/// <summary>Server-generated ids and resource names.</summary>
internal static class Ids
{
    private static long _lastStamp;

    /// <summary>
    /// A new id that sorts by creation time, so keyset paging by id lists oldest first: a UUIDv7 (RFC 9562) whose 12
    /// bits after the millisecond count the ids this process made in that millisecond (§6.2, method 1), the rest
    /// random. <see cref="Guid.CreateVersion7()"/> fills those bits at random, so the claims of one import commit
    /// (thousands a millisecond) listed in random order among themselves.
    /// </summary>
    public static string New()
    {
        var stamp = NextStamp();
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes[8..]);
        BinaryPrimitives.WriteInt64BigEndian(bytes, stamp << 4); // 48 bits of milliseconds, then the version nibble
        bytes[6] = (byte)(0x70 | ((stamp >> 8) & 0x0F));
        bytes[7] = (byte)stamp;
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Unix milliseconds shifted left by 12, plus the count within the millisecond; never decreases.</summary>
    private static long NextStamp()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() << 12;
        while (true)
        {
            var last = Volatile.Read(ref _lastStamp);
            // A full count (4,096 ids in one millisecond) borrows from the next millisecond, which keeps the order.
            var next = Math.Max(now, last + 1);
            if (Interlocked.CompareExchange(ref _lastStamp, next, last) == last)
            {
                return next;
            }
        }
    }

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
