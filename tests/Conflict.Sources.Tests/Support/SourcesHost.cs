using Conflict.Sources.V1;
using Conflict.Testing;

namespace Conflict.Sources.Tests.Support;

/// <summary>The Sources service on real Kestrel (HTTP/2, a free port) with its own SQLite file, shared by a test class.</summary>
public sealed class SourcesHost : IDisposable
{
    public ServiceHost<SourcesServiceMarker> Host { get; } = new();

    public SourcesService.SourcesServiceClient Client() => new(Host.CreateChannel());

    public void Dispose() => Host.Dispose();
}
