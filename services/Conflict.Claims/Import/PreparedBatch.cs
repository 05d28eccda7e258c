using Conflict.Claims.Claims;

namespace Conflict.Claims.Import;

/// <summary>One import batch after validation and name resolution: the rows to write, and the items rejected.</summary>
internal sealed record PreparedBatch(int Received, IReadOnlyList<ClaimRow> Rows, IReadOnlyList<(string RequestId, IReadOnlyList<string> Reasons)> Rejections);

/// <summary>What one chunk came to once written: items received, claims created, request ids stored before, rejections.</summary>
internal sealed record ChunkTally(int Received, long Created, long Duplicates, IReadOnlyList<(string RequestId, IReadOnlyList<string> Reasons)> Rejections);
