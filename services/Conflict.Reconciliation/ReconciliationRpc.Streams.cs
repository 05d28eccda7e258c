using Conflict.Reconciliation.Engine;
using Conflict.Reconciliation.Timelines;
using Conflict.Reconciliation.V1;
using Grpc.Core;
using V1 = Conflict.Reconciliation.V1;
using Conflict.ServiceDefaults;

namespace Conflict.Reconciliation;

/// <summary>The streaming RPCs: watching a timeline, and static fusion of a plain claims stream.</summary>
internal sealed partial class ReconciliationRpc
{
    private const int MaxFuseRows = 5_000_000;

    public override async Task WatchTimeline(WatchTimelineRequest request, IServerStreamWriter<Timeline> responses, ServerCallContext context)
    {
        var violations = new FieldViolations();
        RequestValidation.Variable(violations, "variable", request.Variable);
        RequestValidation.Method(violations, "method", request.Method);
        violations.ThrowIfAny();
        var ct = context.CancellationToken;
        // Subscribe before reading the current timeline so that no recomputation falls between the two.
        using var subscription = broadcaster.Subscribe(request.Variable);
        var sent = -1L;
        var current = await reader.GetAsync(request.Variable, request.Method, false, null, null, ct);
        if (current is not null)
        {
            await responses.WriteAsync(current, ct);
            sent = current.Revision;
        }
        await foreach (var changed in subscription.Reader.ReadAllAsync(ct))
        {
            if (changed.Revision <= sent)
            {
                continue;
            }
            var next = TimelineReader.IsDefault(request.Method)
                ? changed
                : await reader.GetAsync(request.Variable, request.Method, false, null, null, ct);
            if (next is not null)
            {
                next.Revision = changed.Revision;
                await responses.WriteAsync(next, ct);
            }
            sent = changed.Revision;
        }
    }

    public override async Task<FuseClaimsResponse> FuseClaims(IAsyncStreamReader<FuseClaimsRequest> requests, ServerCallContext context)
    {
        var rows = new List<FusionRow>();
        V1.Method? method = null; // the first message's
        var violations = new FieldViolations();
        await foreach (var row in BatchStreams.ItemsAsync(requests, r => { method ??= r.Method; return r.Rows; }, "rows", context.CancellationToken))
        {
            if (row.Object.Length == 0 || row.Source.Length == 0 || row.Value.Length == 0)
            {
                // Report the first few bad rows by position; a file with thousands of them needs no thousand lines.
                if (violations.Count < 20)
                {
                    violations.Add($"rows[{rows.Count}]", "object, source and value are all required");
                }
            }
            else if (rows.Count >= MaxFuseRows)
            {
                throw Errors.InvalidArgument([("rows", $"more than {MaxFuseRows:N0} rows; split the input")]);
            }
            rows.Add(new FusionRow(row.Object, row.Source, row.Value));
        }
        RequestValidation.Method(violations, "method", method ?? V1.Method.Unspecified);
        if (rows.Count == 0)
        {
            violations.Add("rows", "the stream holds no rows");
        }
        violations.ThrowIfAny();
        return fuser.Fuse(rows, method ?? V1.Method.Unspecified);
    }
}
