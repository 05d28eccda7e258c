using Conflict.Claims.Common;
using Microsoft.Extensions.Hosting;

namespace Conflict.Claims.Measures;

/// <summary>
/// Adds the shipped catalog's missing measures at start-up (registered after the storage, so it runs after the
/// migrations), with <see cref="ShippedMeasures.Principal"/> as their creator. Measures already stored, possibly
/// changed through the API, are left as they are.
/// </summary>
internal sealed class MeasureSeeder(MeasureStore store, MeasureCatalog catalog) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = Dates.NowMs();
        await store.SeedAsync(ShippedMeasures.Load().Select(m => MeasureMapping.ToRow(m, now)), cancellationToken);
        catalog.Invalidate();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
