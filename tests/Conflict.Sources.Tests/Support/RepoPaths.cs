namespace Conflict.Sources.Tests.Support;

/// <summary>Paths of the repository (found by walking up to Conflict.sln) and of the shared corpus beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Catalog => Path.Combine(Root, "demo", "sources.json");

    /// <summary>The shared corpus, a sibling of the repository (../shared/corpus), read at test time only.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conflict.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Conflict.sln not found above " + AppContext.BaseDirectory);
    }
}
