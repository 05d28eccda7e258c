using Conflict.Client;

namespace Conflict.Gateway.Backends;

/// <summary>Addresses of the services, from the <c>Services</c> configuration section.</summary>
internal sealed class BackendOptions
{
    public const string Section = ServiceEndpoints.Section;

    public string Sources { get; set; } = ServiceEndpoints.LocalAddress(ConflictService.Sources);

    public string Claims { get; set; } = ServiceEndpoints.LocalAddress(ConflictService.Claims);

    public string Reconciliation { get; set; } = ServiceEndpoints.LocalAddress(ConflictService.Reconciliation);

    /// <summary>Deadline of unary calls made on behalf of an HTTP request.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public string AddressOf(Backend backend) => backend switch
    {
        Backend.Sources => Sources,
        Backend.Claims => Claims,
        Backend.Reconciliation => Reconciliation,
        _ => throw new ArgumentOutOfRangeException(nameof(backend)),
    };
}
