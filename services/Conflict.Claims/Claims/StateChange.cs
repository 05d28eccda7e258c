namespace Conflict.Claims.Claims;

/// <summary>A claim leaving the active state: to which state, for which claim (supersession), why, when and by whom.</summary>
internal sealed record StateChange(int State, string SupersededBy, string Reason, long ChangeMs, string Principal);
