namespace Conflict.Extraction.Matching;

/// <summary>
/// The measure chosen for a quantity, with what decided it: the nearest trigger (its key, to spot "loss"
/// wording), whether the counted noun matched, and the nationality named in the counted phrase ("Russian soldiers").
/// </summary>
internal sealed record MeasureMatch(int Measure, string TriggerKey, bool NounHit, string Nationality, double Score);
