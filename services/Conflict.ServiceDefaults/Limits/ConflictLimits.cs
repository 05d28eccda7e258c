namespace Conflict.ServiceDefaults.Limits;

/// <summary>The named rate-limiting policies (ASP.NET Core rate limiting) and the fixed size limits.</summary>
public static class ConflictLimits
{
    /// <summary>On every RPC that writes, next to its <c>[Authorize(Policy = Write)]</c>.</summary>
    public const string Writes = "conflict.writes";

    /// <summary>On every gateway route but health.</summary>
    public const string Requests = "conflict.requests";

    /// <summary>Largest gRPC message a service accepts (the protos' comments say so): 4 MiB, gRPC's own default.</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>Largest HTTP request body the gateway accepts: four full gRPC messages' worth of JSON.</summary>
    public const long MaxBodyBytes = 16 * 1024 * 1024;

    /// <summary>Concurrent HTTP/2 streams (calls) per connection; more wait for a free one.</summary>
    public const int MaxStreamsPerConnection = 100;
}
