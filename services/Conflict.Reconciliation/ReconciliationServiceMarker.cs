namespace Conflict.Reconciliation;

/// <summary>Names this service's assembly for WebApplicationFactory in tests (Program is ambiguous across services).</summary>
public sealed class ReconciliationServiceMarker;
