namespace Conflict.Reconciliation.Engine;

/// <summary>A source's learned reliability in static fusion.</summary>
/// <param name="Source">The source.</param>
/// <param name="Claims">Claims it made.</param>
/// <param name="Noise">Typical numeric error in units of each object's spread (1 is typical, lower is better).</param>
/// <param name="Accuracy">Probability that its categorical values are right.</param>
/// <param name="Weight">Its weight (CRH: the CRH weight; default model: numeric precision 1/Noise^2).</param>
/// <param name="DependsOn">A source it shares many false values with (one of the two likely copies the other), or null.</param>
public sealed record FusionSource(string Source, int Claims, double Noise, double Accuracy, double Weight, string? DependsOn);
