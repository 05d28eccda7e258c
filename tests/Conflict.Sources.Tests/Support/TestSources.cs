using Conflict.Sources.V1;

namespace Conflict.Sources.Tests.Support;

/// <summary>Small hand-made sources for tests (our own examples, not corpus text).</summary>
internal static class TestSources
{
    public static Source Person(string displayName, string country, string party, params string[] aliases)
    {
        var source = new Source { DisplayName = displayName, Kind = SourceKind.Military, Country = country, AlignedParty = party, Person = true };
        source.Aliases.AddRange(aliases.Select(a => new Alias { Name = a, Language = "en" }));
        return source;
    }

    public static Source Body(string displayName, SourceKind kind, string country, params string[] aliases)
    {
        var source = new Source { DisplayName = displayName, Kind = kind, Country = country };
        source.Aliases.AddRange(aliases.Select(a => new Alias { Name = a }));
        return source;
    }

    /// <summary>A short unique suffix, so that tests sharing a database never collide.</summary>
    public static string Unique() => Guid.NewGuid().ToString("N")[..10];
}
