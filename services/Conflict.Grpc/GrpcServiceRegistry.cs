using Google.Protobuf.Reflection;

namespace Conflict.Grpc;

/// <summary>The services mapped with <c>MapGrpcService</c> in this application (health and reflection read it).</summary>
public sealed class GrpcServiceRegistry
{
    private readonly Lock _lock = new();
    private ServiceDescriptor[] _services = [];

    /// <summary>Fires with each newly mapped service.</summary>
    public event Action<ServiceDescriptor>? ServiceMapped;

    /// <summary>The mapped services, in mapping order.</summary>
    public IReadOnlyList<ServiceDescriptor> Services => _services;

    internal bool FallbackMapped { get; set; }

    public bool IsMapped(string fullName) => Array.Exists(_services, s => s.FullName == fullName);

    internal void Add(ServiceDescriptor descriptor)
    {
        lock (_lock)
        {
            if (IsMapped(descriptor.FullName))
            {
                throw new InvalidOperationException($"Service {descriptor.FullName} is already mapped.");
            }
            _services = [.. _services, descriptor];
        }
        ServiceMapped?.Invoke(descriptor);
    }
}
