namespace Conflict.Testing.Sample;

/// <summary>Names this assembly for <c>ServiceHost&lt;SampleServiceMarker&gt;</c>.</summary>
public sealed class SampleServiceMarker;
