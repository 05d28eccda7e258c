using System.Globalization;
using Npgsql;

namespace Conflict.Bench.Replicas;

/// <summary>
/// Samples what the active sessions of the suite's databases wait on (pg_stat_activity.wait_event_type) every 50 ms,
/// so the scale figures say whether PostgreSQL spent the time on CPU (no wait), on locks, or on I/O.
/// </summary>
internal sealed class WaitSampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, int> _counts = [];
    private readonly Task _sampling;

    public WaitSampler(string server, string databasePrefix)
    {
        _sampling = SampleAsync(server, databasePrefix + "_%");
    }

    /// <summary>The four largest shares of the samples by service and wait (CPU = active without a wait).</summary>
    public string Summary()
    {
        lock (_counts)
        {
            var total = Math.Max(1, _counts.Values.Sum());
            return string.Join(", ", _counts.OrderByDescending(c => c.Value).Take(4)
                .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {100.0 * c.Value / total:0}%")));
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _sampling.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        _stop.Dispose();
    }

    private async Task SampleAsync(string server, string databases)
    {
        try
        {
            await using var connection = new NpgsqlConnection(server + ";Database=postgres");
            await connection.OpenAsync(_stop.Token);
            // Which service's database, what kind of wait, and the statement: Lock/transactionid is a row lock held by
            // another transaction (the feed head row that orders every write of Claims, for one).
            const string Sql = """
                SELECT substring(datname from '[^_]+$') || ' ' || COALESCE(wait_event_type || '/' || wait_event, 'CPU') || ' ' || left(regexp_replace(query, '\s+', ' ', 'g'), 48)
                FROM pg_stat_activity
                WHERE state = 'active' AND datname LIKE @databases AND pid <> pg_backend_pid()
                """;
            while (!_stop.IsCancellationRequested)
            {
                await using (var command = new NpgsqlCommand(Sql, connection))
                {
                    command.Parameters.AddWithValue("databases", databases);
                    await using var reader = await command.ExecuteReaderAsync(_stop.Token);
                    while (await reader.ReadAsync(_stop.Token))
                    {
                        lock (_counts)
                        {
                            var kind = reader.GetString(0);
                            _counts[kind] = _counts.GetValueOrDefault(kind) + 1;
                        }
                    }
                }
                await Task.Delay(50, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
    }
}
