namespace Conflict.Sources.Tests.Support;

/// <summary>Paths of the repository (found by walking up to Conflict.sln).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Catalog => Path.Combine(Root, "demo", "sources.json");

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
