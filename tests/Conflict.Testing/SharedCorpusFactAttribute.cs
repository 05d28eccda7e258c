using Xunit;

namespace Conflict.Testing;

/// <summary>
/// A fact that reads <c>../shared/{needs}</c> (see <see cref="SharedCorpus"/>): it runs when that exists, as in CI,
/// and is skipped with the reason otherwise, so the repository passes its tests on its own.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    /// <param name="needs">The file or folder under <c>../shared</c> the test reads, e.g. <c>corpus/kursk-claims.tsv</c>.</param>
    public SharedCorpusFactAttribute(string needs = "corpus")
    {
        Needs = needs;
        Skip = SharedCorpus.SkipReason(needs);
    }

    /// <summary>The file or folder under <c>../shared</c> the test reads.</summary>
    public string Needs { get; }
}
