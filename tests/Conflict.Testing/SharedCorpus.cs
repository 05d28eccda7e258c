namespace Conflict.Testing;

/// <summary>
/// The team's shared material beside the repository (<c>../shared</c>): the third-party seed articles, their gold
/// claims, the Kursk facts table and the scorers. CI places it next to the repository; a plain clone has none of it,
/// so every test that reads it is a <see cref="SharedCorpusFactAttribute"/> and is skipped there.
/// </summary>
public static class SharedCorpus
{
    /// <summary>The folder holding Conflict.sln above the test binaries, or null when there is none.</summary>
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Whether <c>../shared/{relative}</c> (a file or a folder, e.g. <c>corpus/kursk-claims.tsv</c>) exists.</summary>
    public static bool Has(string relative)
    {
        var path = Find(relative);
        return path is not null && (File.Exists(path) || Directory.Exists(path));
    }

    /// <summary>The full path of <c>../shared/{relative}</c>; only tests marked with its attribute call this.</summary>
    public static string PathOf(string relative)
        => Find(relative) ?? throw new InvalidOperationException("Conflict.sln not found above " + AppContext.BaseDirectory);

    /// <summary>Why a test that reads <c>../shared/{relative}</c> cannot run here, or null when it can.</summary>
    public static string? SkipReason(string relative)
        => Has(relative) ? null : $"../shared/{relative} not found beside the repository (CI provides it; a plain clone does not).";

    private static string? Find(string relative)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relative);
        return RepositoryRoot is null ? null : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", relative));
    }

    private static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conflict.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
