namespace Conflict.Gateway.Backends;

/// <summary>Addresses of the services, from the <c>Services</c> configuration section.</summary>
internal sealed class BackendOptions
{
    public const string Section = "Services";

    public string Sources { get; set; } = "http://localhost:5101";

    public string Claims { get; set; } = "http://localhost:5102";

    public string Reconciliation { get; set; } = "http://localhost:5103";

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
