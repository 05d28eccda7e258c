using System.Data.Common;

namespace Conflict.Claims.Claims;

/// <summary>The two statements a bulk write repeats per claim, kept prepared for the connection's lifetime.</summary>
internal interface IRowInserts : IAsyncDisposable
{
    /// <summary>Inserts the claim; 0 when its request id was used before (nothing written).</summary>
    Task<int> InsertClaimAsync(ClaimRow row, DbTransaction tx, CancellationToken ct);

    Task InsertChangeAsync(long sequence, string claimId, int changeType, long changeMs, DbTransaction tx, CancellationToken ct);
}
