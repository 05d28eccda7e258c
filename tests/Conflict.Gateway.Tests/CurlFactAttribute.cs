namespace Conflict.Gateway.Tests;

/// <summary>A fact that runs curl (with HTTP/2), as the container health checks do; skipped where curl is absent.</summary>
public sealed class CurlFactAttribute : FactAttribute
{
    public CurlFactAttribute()
    {
        if (!File.Exists("/usr/bin/curl"))
        {
            Skip = "/usr/bin/curl is missing: apt-get install -y curl";
        }
    }
}
