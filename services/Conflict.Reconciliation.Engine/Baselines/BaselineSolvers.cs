namespace Conflict.Reconciliation.Engine.Baselines;

/// <summary>
/// Every baseline on claims as arrays: object, source, number (NaN for a category) and a category label that means
/// the same on every object (-1 for a number). Returns a truth per object (NaN / -1 where it has no claim of that
/// kind) and a weight per source (1 for the methods without one).
/// </summary>
internal static class BaselineSolvers
{
    public static (double[] Numbers, int[] Categories, double[] Weights) Run(Method method, int objects, int sources, int[] obj, int[] src, double[] number, int[] label)
    {
        switch (method)
        {
            case Method.Crh:
                return CrhSolver.Run(objects, sources, obj, src, number, label);
            case Method.TruthFinder:
                return TruthFinderSolver.Run(objects, sources, obj, src, number, label);
            case Method.DawidSkene:
                return DawidSkeneSolver.Run(objects, sources, obj, src, number, label);
            default:
                var (numbers, categories) = SimpleAggregates.Run(objects, obj, number, label, method);
                var weights = new double[sources];
                Array.Fill(weights, 1.0);
                return (numbers, categories, weights);
        }
    }
}
