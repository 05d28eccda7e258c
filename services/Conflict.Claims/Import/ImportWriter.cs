using System.Threading.Channels;
using Conflict.Claims.Claims;
using Conflict.Claims.V1;

namespace Conflict.Claims.Import;

/// <summary>
/// The writing stage of an import: inserts prepared chunks into one open transaction and commits it when it holds
/// <see cref="CommitSize"/> claims, or when no chunk has come within a <see cref="StreamPause"/> (so a slow caller
/// still sees its progress, and the write lock is never held while waiting on the network). Progress counts only what is
/// committed; rejections are reported with the commit that follows them.
/// </summary>
internal sealed class ImportWriter(ClaimWriter writer, Func<ImportClaimsResponse, Task> report) : IDisposable
{
    public const int CommitSize = 20_000;
    // Only the counts of the uncommitted chunks: their rows are in the transaction and need not stay alive.
    private readonly List<ChunkTally> _uncommitted = [];
    private readonly CancellationTokenSource _failed = new();
    private int _rowsInTransaction; // a transaction is open exactly when this is above 0

    /// <summary>What has been committed so far.</summary>
    public ImportProgress Progress { get; } = new();

    /// <summary>Cancelled when writing fails (a storage error), so the preparing stage stops feeding the channel.</summary>
    public CancellationToken Failed => _failed.Token;

    /// <summary>Writes every chunk until the channel completes, then commits and reports the rest.</summary>
    public async Task WriteAllAsync(ChannelReader<PreparedBatch> chunks, CancellationToken ct)
    {
        try
        {
            while (await MoreSoonAsync(chunks, ct))
            {
                while (chunks.TryRead(out var chunk))
                {
                    // Chunks cut at a pause in the stream hold fewer than ChunkSize claims, so a transaction can reach
                    // the commit size part-way through a chunk: commit first, so that none ever holds more.
                    if (_rowsInTransaction > 0 && _rowsInTransaction + chunk.Rows.Count > CommitSize)
                    {
                        await CommitAndReportAsync(ct);
                    }
                    await InsertAsync(chunk, ct);
                    if (_rowsInTransaction >= CommitSize)
                    {
                        await CommitAndReportAsync(ct);
                    }
                }
            }
            await CommitAndReportAsync(ct);
        }
        catch
        {
            await _failed.CancelAsync();
            throw;
        }
    }

    public void Dispose() => _failed.Dispose();

    /// <summary>Waits for the next chunk; commits first if none comes within the pause. False at the end.</summary>
    private async Task<bool> MoreSoonAsync(ChannelReader<PreparedBatch> chunks, CancellationToken ct)
    {
        if (_uncommitted.Count > 0 && !await StreamPause.MoreSoonAsync(chunks, ct))
        {
            await CommitAndReportAsync(ct);
        }
        return await chunks.WaitToReadAsync(ct);
    }

    private async Task InsertAsync(PreparedBatch chunk, CancellationToken ct)
    {
        long created = 0;
        if (chunk.Rows.Count > 0)
        {
            if (_rowsInTransaction == 0)
            {
                await writer.BeginAsync(ct);
            }
            foreach (var row in chunk.Rows)
            {
                if (await writer.TryInsertClaimAsync(row, ct))
                {
                    created++;
                }
            }
            _rowsInTransaction += chunk.Rows.Count;
        }
        _uncommitted.Add(new ChunkTally(chunk.Received, created, chunk.Rows.Count - created, chunk.Rejections));
    }

    private async Task CommitAndReportAsync(CancellationToken ct)
    {
        if (_rowsInTransaction > 0)
        {
            await writer.CommitAsync(ct);
            _rowsInTransaction = 0;
        }
        if (_uncommitted.Count == 0)
        {
            return;
        }
        _uncommitted.ForEach(Progress.Add);
        _uncommitted.Clear();
        await report(Progress.Report(done: false));
    }
}
