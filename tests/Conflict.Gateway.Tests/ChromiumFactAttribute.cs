namespace Conflict.Gateway.Tests;

/// <summary>
/// A fact that needs Debian's Chromium at /usr/bin/chromium (installed by .ci/run). Playwright drives
/// that binary; it never downloads a browser of its own. Skipped, saying why, where Chromium is absent.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable))
        {
            Skip = $"{Executable} is missing: apt-get install -y chromium";
        }
    }
}
