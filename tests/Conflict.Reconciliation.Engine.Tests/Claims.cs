using Conflict.Reconciliation.Engine;

namespace Conflict.Reconciliation.Engine.Tests;

/// <summary>Builders for test claims.</summary>
internal static class Claims
{
    private static int _next;

    public static readonly DateOnly Day0 = new(2024, 8, 12);

    public static ClaimInput Make(string claimant, string? alignment, int day, Quantity q, string? key = null, string? reporter = null, int? toDay = null) => new()
    {
        Id = $"c{Interlocked.Increment(ref _next)}",
        Claimant = claimant,
        Alignment = alignment,
        StatementKey = key,
        Reporter = reporter,
        From = Day0.AddDays(day),
        To = toDay is { } t ? Day0.AddDays(t) : null,
        Quantity = q,
    };

    public static ClaimInput Category(string claimant, int day, string category) => new()
    {
        Id = $"c{Interlocked.Increment(ref _next)}",
        Claimant = claimant,
        From = Day0.AddDays(day),
        Category = category,
    };

    public static VariableInput Variable(string key, MeasureKind kind, params ClaimInput[] claims) =>
        new(new VariableSpec { Key = key, Measure = key.Split('/')[0], Kind = kind, Party = "ua", Polarity = 1 }, claims);
}
