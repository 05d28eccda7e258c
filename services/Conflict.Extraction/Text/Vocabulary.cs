using System.Collections.Concurrent;

namespace Conflict.Extraction.Text;

/// <summary>
/// Interns token keys and gives each a bit mask saying which word lists can match at it (a phrase set holding a
/// phrase that starts with the word, a word set holding it). Computed once per distinct word, the mask lets
/// every list skip the tokens it cannot match without hashing them again: the hot path of extraction.
/// Bits below <see cref="StaticCount"/> belong to lists shared by every language model; the others to one model.
/// </summary>
internal sealed class Vocabulary
{
    private const int MaxCached = 1 << 20;
    private static readonly List<Func<string, bool>> StaticProbes = [];
    private static readonly Lock StaticLock = new();
    private readonly List<Func<string, bool>> _probes;
    private readonly ConcurrentDictionary<string, UInt128> _masks = new(StringComparer.Ordinal);

    public Vocabulary()
    {
        // the shared lists register their bits in static initialisers: run them before copying the probes
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(Scope.Gazetteer).TypeHandle);
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(Dates.DateWords).TypeHandle);
        lock (StaticLock)
        {
            _probes = [.. StaticProbes];
        }
    }

    public static int StaticCount
    {
        get
        {
            lock (StaticLock)
            {
                return StaticProbes.Count;
            }
        }
    }

    /// <summary>Registers a list shared by all models (gazetteer, calendar words); call from static initialisers only.</summary>
    public static int RegisterStatic(Func<string, bool> probe)
    {
        lock (StaticLock)
        {
            StaticProbes.Add(probe);
            return StaticProbes.Count - 1;
        }
    }

    /// <summary>Registers a list of this model; must happen before the first text is tokenized.</summary>
    public int Register(Func<string, bool> probe)
    {
        if (_probes.Count >= 128)
        {
            return -1;
        }
        _probes.Add(probe);
        _masks.Clear();
        return _probes.Count - 1;
    }

    /// <summary>The interned key and its mask.</summary>
    public (string Key, UInt128 Mask) Lookup(ReadOnlySpan<char> key)
    {
        var lookup = _masks.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var found, out var mask))
        {
            return (found, mask);
        }
        var s = key.ToString();
        mask = Compute(s);
        if (_masks.Count < MaxCached)
        {
            _masks.TryAdd(s, mask);
        }
        return (s, mask);
    }

    private UInt128 Compute(string key)
    {
        UInt128 mask = 0;
        for (var bit = 0; bit < _probes.Count; bit++)
        {
            if (_probes[bit](key))
            {
                mask |= UInt128.One << bit;
            }
        }
        return mask;
    }
}
