namespace Conflict.Claims.Claims;

/// <summary>
/// What the Claims service asks the Sources service. Both methods throw <see cref="SourcesUnavailableException"/>
/// when it cannot answer, so that nothing is stored on a guess.
/// </summary>
internal interface ISourceDirectory
{
    /// <summary>The names (<c>sources/{source}</c>) among <paramref name="names"/> that exist.</summary>
    Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyCollection<string> names, CancellationToken ct);

    /// <summary>One source name per query, in order; empty when the name could not be resolved.</summary>
    Task<IReadOnlyList<string>> ResolveAsync(IReadOnlyList<NameQuery> queries, CancellationToken ct);
}
