namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>Kalman filter and Rauch-Tung-Striebel smoother for a random walk observed through Gaussian sites
/// (one aggregated site per node: precision tau, precision-weighted mean nu).</summary>
internal static class Smoother
{
    /// <summary>Fills posterior means, variances and lag-one covariances (between node n and n+1).</summary>
    public static void Run(ReadOnlySpan<int> days, double drift, double priorMean, double priorVariance,
        ReadOnlySpan<double> tau, ReadOnlySpan<double> nu, Span<double> mean, Span<double> variance, Span<double> lagCovariance)
    {
        var n = days.Length;
        Span<double> predicted = n <= 512 ? stackalloc double[n] : new double[n];
        for (var i = 0; i < n; i++)
        {
            var mPred = i == 0 ? priorMean : mean[i - 1];
            var vPred = i == 0 ? priorVariance : variance[i - 1] + drift * (days[i] - days[i - 1]);
            predicted[i] = vPred;
            var v = 1 / (1 / vPred + tau[i]);
            mean[i] = v * (mPred / vPred + nu[i]);
            variance[i] = v;
        }
        for (var i = n - 2; i >= 0; i--)
        {
            // Filtered values at i are still in place; the prediction for i+1 had mean mean[i] (random walk).
            var gain = variance[i] / predicted[i + 1];
            var filteredMean = mean[i];
            mean[i] = filteredMean + gain * (mean[i + 1] - filteredMean);
            variance[i] += gain * gain * (variance[i + 1] - predicted[i + 1]);
            lagCovariance[i] = gain * variance[i + 1];
        }
    }
}
