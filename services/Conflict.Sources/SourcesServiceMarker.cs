namespace Conflict.Sources;

/// <summary>Names the Sources service's assembly for test hosts, so that one test project can host several services.</summary>
public sealed class SourcesServiceMarker;
