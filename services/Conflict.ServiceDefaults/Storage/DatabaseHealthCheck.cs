using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Conflict.ServiceDefaults.Storage;

/// <summary>Ready when the database answers and every embedded migration of the service has been applied.</summary>
internal sealed class DatabaseHealthCheck(IDbConnectionFactory factory, MigrationRunner migrations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var missing = await migrations.PendingAsync(cancellationToken).ConfigureAwait(false);
            return missing.Count == 0
                ? HealthCheckResult.Healthy($"{factory.Provider} database answers; migrations applied")
                : HealthCheckResult.Unhealthy($"migrations not applied: {string.Join(", ", missing)}");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{factory.Provider} database does not answer: {e.Message}");
        }
    }
}
