using Microsoft.AspNetCore.Builder;

namespace Conflict.ServiceDefaults;

/// <summary>The application builder every Conflict service starts from.</summary>
public static class ConflictHost
{
    /// <summary>
    /// <see cref="WebApplication.CreateBuilder(string[])"/> with configuration read once at start. Reloading
    /// appsettings.json on change means an inotify watch over the whole content root, subdirectories included:
    /// with a SQLite database below it, every page the service writes woke the watcher, which cost an eighth of
    /// the CPU of a bulk import.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
        => WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
}
