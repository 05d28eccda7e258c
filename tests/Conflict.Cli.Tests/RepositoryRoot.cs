namespace Conflict.Cli.Tests;

/// <summary>The repository checkout the tests run from (the directory holding Conflict.sln).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Conflict.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Conflict.sln not found above " + AppContext.BaseDirectory);
    }
}
