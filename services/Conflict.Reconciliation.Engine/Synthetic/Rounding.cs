namespace Conflict.Reconciliation.Engine.Synthetic;

/// <summary>How people round figures: to a number of significant digits, down for "more than", up for "at most".</summary>
internal static class Rounding
{
    /// <summary>Rounds to <paramref name="digits"/> significant digits.</summary>
    public static double Significant(double x, int digits) => Apply(x, digits, Math.Round);

    /// <summary>Rounds down to <paramref name="digits"/> significant digits.</summary>
    public static double Down(double x, int digits) => Apply(x, digits, Math.Floor);

    /// <summary>Rounds up to <paramref name="digits"/> significant digits.</summary>
    public static double Up(double x, int digits) => Apply(x, digits, Math.Ceiling);

    private static double Apply(double x, int digits, Func<double, double> f)
    {
        if (x <= 0)
        {
            return 0;
        }
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(x)) - digits + 1);
        magnitude = Math.Max(magnitude, 1);
        return f(x / magnitude) * magnitude;
    }
}
