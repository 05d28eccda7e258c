using Conflict.Claims.V1;

namespace Conflict.Claims.Import;

/// <summary>Running counts of one import stream, and the rejections not yet reported.</summary>
internal sealed class ImportProgress
{
    private readonly List<ImportRejection> _rejections = [];

    public long Received { get; private set; }
    public long Created { get; private set; }
    public long Duplicates { get; private set; }
    public long Rejected { get; private set; }

    /// <summary>Counts a committed chunk.</summary>
    public void Add(ChunkTally chunk)
    {
        Received += chunk.Received;
        Created += chunk.Created;
        Duplicates += chunk.Duplicates;
        foreach (var (requestId, reasons) in chunk.Rejections)
        {
            Reject(requestId, reasons);
        }
    }

    private void Reject(string requestId, IEnumerable<string> reasons)
    {
        Rejected++;
        var rejection = new ImportRejection { RequestId = requestId };
        rejection.Reasons.Add(reasons);
        _rejections.Add(rejection);
    }

    /// <summary>The progress message to send now; it carries the rejections since the previous one.</summary>
    public ImportClaimsResponse Report(bool done)
    {
        var response = new ImportClaimsResponse
        {
            ReceivedCount = Received,
            CreatedCount = Created,
            DuplicateCount = Duplicates,
            RejectedCount = Rejected,
            Done = done,
        };
        response.Rejections.Add(_rejections);
        _rejections.Clear();
        return response;
    }
}
