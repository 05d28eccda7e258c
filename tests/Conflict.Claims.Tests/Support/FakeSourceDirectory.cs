using Conflict.Claims.Claims;

namespace Conflict.Claims.Tests.Support;

/// <summary>A hand-written Sources stand-in for tests whose subject is not name resolution.</summary>
internal sealed class FakeSourceDirectory : ISourceDirectory
{
    public HashSet<string> Sources { get; } = new(StringComparer.Ordinal) { "sources/zelensky", "sources/afp", "sources/isw", "sources/kremlin" };

    public Dictionary<string, string> Aliases { get; } = new(StringComparer.OrdinalIgnoreCase) { ["Zelensky"] = "sources/zelensky", ["AFP"] = "sources/afp" };

    public bool Down { get; set; }

    public int Calls { get; private set; }

    public Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyCollection<string> names, CancellationToken ct)
    {
        Call();
        return Task.FromResult<IReadOnlySet<string>>(names.Where(Sources.Contains).ToHashSet());
    }

    public Task<IReadOnlyList<string>> ResolveAsync(IReadOnlyList<NameQuery> queries, CancellationToken ct)
    {
        Call();
        return Task.FromResult<IReadOnlyList<string>>([.. queries.Select(q => Aliases.GetValueOrDefault(q.Text) ?? "")]);
    }

    private void Call()
    {
        Calls++;
        if (Down)
        {
            throw new SourcesUnavailableException("down for the test");
        }
    }
}
