using System.Diagnostics;
using System.Globalization;
using Conflict.Claims.Claims;
using Conflict.Claims.Common;
using Conflict.Claims.Feed;
using Conflict.Claims.Import;
using Conflict.Claims.V1;
using Conflict.ServiceDefaults.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.Bench.Import;

/// <summary>
/// The baseline of the import figure, measured in the same run: the same claims written straight through the
/// Claims service's storage layer (<see cref="ClaimWriter"/>, one thread, commits of <see cref="ImportWriter.CommitSize"/>)
/// into a database of their own, with only the writing timed (validation and name resolution happen off the clock).
/// It is the ceiling the import cannot pass on this disk, and it moves with the machine's speed as the import does.
/// </summary>
internal static class StorageBaseline
{
    public static async Task<double> MeasureAsync(IServiceProvider claimsService, long count)
    {
        var preparer = claimsService.GetRequiredService<ClaimPreparer>();
        await using var writer = await ClaimWriter.OpenAsync(claimsService.GetRequiredService<IDbConnectionFactory>(),
            claimsService.GetRequiredService<WriteGate>(), claimsService.GetRequiredService<ChangeSignal>(), CancellationToken.None);
        var names = new NameCache();
        var writing = TimeSpan.Zero;
        for (long start = 0; start < count; start += ImportWriter.CommitSize)
        {
            var inputs = new List<ClaimInput>();
            for (var i = start; i < Math.Min(count, start + ImportWriter.CommitSize); i++)
            {
                var item = SyntheticClaims.Item(i);
                inputs.Add(new ClaimInput(item.Claim, new Problems("claim"), "bench", ClaimOrigin.Import, item.RequestId));
            }
            var rows = await preparer.PrepareAsync(inputs, names, CancellationToken.None);
            var watch = Stopwatch.StartNew();
            await writer.BeginAsync(CancellationToken.None);
            foreach (var row in rows)
            {
                await writer.TryInsertClaimAsync(row, CancellationToken.None);
            }
            await writer.CommitAsync(CancellationToken.None);
            writing += watch.Elapsed;
        }
        var rate = count / writing.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"baseline: the same {count:N0} claims written straight through ClaimWriter (no gRPC, no checks, one thread): {writing.TotalSeconds:N1} s = {rate:N0} claims/s"));
        return rate;
    }
}
