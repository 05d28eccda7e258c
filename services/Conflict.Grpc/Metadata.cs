using System.Collections;

namespace Conflict.Grpc;

/// <summary>
/// Custom gRPC metadata (headers or trailers). Keys are lower-case ASCII; keys ending in <c>-bin</c>
/// carry bytes (base64 on the wire), all others ASCII text.
/// </summary>
public sealed class Metadata : IEnumerable<Metadata.Entry>
{
    private readonly List<Entry> _entries = [];

    /// <summary>One key and its text or binary value.</summary>
    public sealed record Entry(string Key, string? Value, byte[]? ValueBytes)
    {
        /// <summary>True for <c>-bin</c> keys.</summary>
        public bool IsBinary => Key.EndsWith("-bin", StringComparison.Ordinal);
    }

    public int Count => _entries.Count;

    public void Add(string key, string value) => _entries.Add(new Entry(NormalizeKey(key, binary: false), value, null));

    public void Add(string key, byte[] value) => _entries.Add(new Entry(NormalizeKey(key, binary: true), null, value));

    /// <summary>The last text value of a key, or null.</summary>
    public string? GetValue(string key) => _entries.LastOrDefault(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>The last binary value of a <c>-bin</c> key, or null.</summary>
    public byte[]? GetValueBytes(string key) => _entries.LastOrDefault(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase))?.ValueBytes;

    public IEnumerator<Entry> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static string NormalizeKey(string key, bool binary)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var lower = key.ToLowerInvariant();
        if (lower.EndsWith("-bin", StringComparison.Ordinal) != binary)
        {
            throw new ArgumentException(binary ? $"Binary metadata key '{key}' must end in -bin." : $"Text metadata key '{key}' must not end in -bin.", nameof(key));
        }
        return lower;
    }
}
