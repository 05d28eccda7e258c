namespace Conflict.ServiceDefaults;

/// <summary>Options of <c>AddConflictDefaults</c>.</summary>
public sealed class ConflictDefaultsOptions
{
    /// <summary>The log prefix; by default the application name without <c>Conflict.</c>, lower-case (<c>sources</c>).</summary>
    public string? ServiceName { get; set; }

    /// <summary>
    /// Serve HTTP/2 only on every endpoint (what h2c prior knowledge needs); set false for HTTP/1 apps such as the
    /// gateway. A <c>Kestrel:EndpointDefaults:Protocols</c> setting wins over this.
    /// </summary>
    public bool Http2Only { get; set; } = true;
}
