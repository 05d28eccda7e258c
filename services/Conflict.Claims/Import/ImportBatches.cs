using System.Threading.Channels;
using Conflict.Claims.V1;

namespace Conflict.Claims.Import;

/// <summary>
/// Reads the request stream ahead of the database into a bounded buffer (so reading the network overlaps the
/// commit of the previous batch), and cuts it into batches: full ones while items flow, a partial one as soon as
/// the stream pauses, so a slow caller still sees its progress.
/// </summary>
internal sealed class ImportBatches
{
    private readonly Channel<ImportClaimsItem> _buffer;
    private readonly int _batchSize;

    public ImportBatches(int batchSize)
    {
        _batchSize = batchSize;
        _buffer = Channel.CreateBounded<ImportClaimsItem>(new BoundedChannelOptions(batchSize * 2) { SingleReader = true, SingleWriter = true });
    }

    /// <summary>Copies the requests into the buffer; completes it (with the error, if any) at the end.</summary>
    public async Task PumpAsync(IAsyncEnumerable<ImportClaimsItem> requests, CancellationToken ct)
    {
        try
        {
            await foreach (var request in requests.WithCancellation(ct))
            {
                await _buffer.Writer.WriteAsync(request, ct);
            }
            _buffer.Writer.TryComplete();
        }
        catch (Exception e)
        {
            _buffer.Writer.TryComplete(e);
        }
    }

    /// <summary>Fills <paramref name="batch"/>; false when the stream ended and nothing is left.</summary>
    public async Task<bool> NextAsync(List<ImportClaimsItem> batch, CancellationToken ct)
    {
        var reader = _buffer.Reader;
        if (!await reader.WaitToReadAsync(ct))
        {
            return false;
        }
        while (batch.Count < _batchSize)
        {
            while (batch.Count < _batchSize && reader.TryRead(out var item))
            {
                batch.Add(item);
            }
            if (batch.Count >= _batchSize || !await StreamPause.MoreSoonAsync(reader, ct))
            {
                break;
            }
        }
        return true;
    }
}
