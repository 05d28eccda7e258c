namespace Conflict.Cli.Supervision;

/// <summary>Finds the repository the CLI was built from, and the built service assemblies in it.</summary>
internal static class RepositoryLayout
{
    /// <summary>The nearest directory holding Conflict.sln, above the CLI's own output or the current directory.</summary>
    public static string? FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Conflict.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The built assembly of a service project: in <paramref name="servicesDir"/> when given, else under the
    /// repository's services/PROJECT/bin in the CLI's own configuration (then any), else beside the CLI.
    /// </summary>
    public static string? FindServiceAssembly(string project, string? servicesDir)
    {
        var dll = project + ".dll";
        if (servicesDir is not null)
        {
            return new[] { Path.Combine(servicesDir, dll), Path.Combine(servicesDir, project, dll) }.FirstOrDefault(File.Exists);
        }
        if (FindRoot() is { } root && Directory.Exists(Path.Combine(root, "services", project, "bin")))
        {
            var bin = Path.Combine(root, "services", project, "bin");
            var preferred = Path.Combine(bin, OwnConfiguration(), "net10.0", dll);
            if (File.Exists(preferred))
            {
                return preferred;
            }
            var any = Directory.EnumerateFiles(bin, dll, SearchOption.AllDirectories)
                .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
            if (any is not null)
            {
                return any;
            }
        }
        var beside = Path.Combine(AppContext.BaseDirectory, dll);
        return File.Exists(beside) ? beside : null;
    }

    /// <summary>Debug or Release, read from the CLI's output path (…/bin/Debug/net10.0/).</summary>
    public static string OwnConfiguration()
    {
        var parts = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar).Split(Path.DirectorySeparatorChar);
        var bin = Array.LastIndexOf(parts, "bin");
        return bin >= 0 && bin + 1 < parts.Length ? parts[bin + 1] : "Debug";
    }
}
