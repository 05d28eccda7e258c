using Conflict.Cli.Cli;

namespace Conflict.Cli.Files;

/// <summary>Expands the ingest arguments (files and directories) into article files, skipping sidecars.</summary>
internal static class ArticleFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                files.AddRange(Directory.EnumerateFiles(argument)
                    .Where(f => !f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith('.'))
                    .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(argument))
            {
                files.Add(argument);
            }
            else
            {
                throw new CliException($"{argument}: no such file or directory.");
            }
        }
        return files;
    }
}
