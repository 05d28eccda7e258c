namespace Conflict.Claims;

/// <summary>Names this service's assembly for test hosts (<c>ServiceHost&lt;ClaimsServiceMarker&gt;</c>), instead of <c>Program</c>.</summary>
public sealed class ClaimsServiceMarker;
