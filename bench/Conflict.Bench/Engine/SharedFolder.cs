namespace Conflict.Bench.Engine;

/// <summary>The shared material beside the repository (../shared, present in CI, absent on a fresh clone).</summary>
internal static class SharedFolder
{
    /// <summary>../shared/RELATIVE beside the folder that holds Conflict.sln, or null when it is not there.</summary>
    public static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conflict.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", relative));
                return File.Exists(path) || Directory.Exists(path) ? path : null;
            }
        }
        return null;
    }
}
