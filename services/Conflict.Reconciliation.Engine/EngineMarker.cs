namespace Conflict.Reconciliation.Engine;

/// <summary>Marks the assembly; replaced as the engine grows.</summary>
public static class EngineMarker;
