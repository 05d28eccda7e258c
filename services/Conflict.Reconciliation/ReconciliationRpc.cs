using Conflict.Reconciliation.Projection;
using Conflict.Reconciliation.Timelines;
using Conflict.Reconciliation.V1;
using Conflict.ServiceDefaults;
using Conflict.ServiceDefaults.Auth;
using Conflict.Type.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Conflict.Reconciliation;

/// <summary>The gRPC adapter of ReconciliationService: validate, ask the stores and the reader, map.</summary>
[Authorize(Policy = ConflictPolicies.Read)]
internal sealed partial class ReconciliationRpc(TimelineStore store, TimelineReader reader, TimelineBroadcaster broadcaster, FuseRunner fuser) : ReconciliationService.ReconciliationServiceBase
{
    public override async Task<ListVariablesResponse> ListVariables(ListVariablesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var size = RequestValidation.PageSize(violations, request.PageSize);
        var after = PageToken.Decode(violations, request.PageToken, request.Measure);
        violations.ThrowIfAny();
        var rows = await store.ListAsync(after, request.Measure, size + 1, context.CancellationToken);
        var response = new ListVariablesResponse();
        response.Variables.AddRange(rows.Take(size).Select(ToVariable));
        if (rows.Count > size)
        {
            response.NextPageToken = PageToken.Encode(rows[size - 1].Variable, request.Measure);
        }
        return response;
    }

    public override async Task<Timeline> GetTimeline(GetTimelineRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        RequestValidation.Variable(violations, "variable", request.Variable);
        var from = RequestValidation.Date(violations, "start_date", request.StartDate);
        var to = RequestValidation.Date(violations, "end_date", request.EndDate);
        if (from > to)
        {
            violations.Add("end_date", "must not be before start_date");
        }
        RequestValidation.Method(violations, "method", request.Method);
        violations.ThrowIfAny();
        return await reader.GetAsync(request.Variable, request.Method, request.DailyGrid, from, to, context.CancellationToken)
            ?? throw Errors.NotFound($"timelines/{request.Variable}");
    }

    public override async Task<ExplainEstimateResponse> ExplainEstimate(ExplainEstimateRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        RequestValidation.Variable(violations, "variable", request.Variable);
        var day = RequestValidation.Date(violations, "date", request.Date, required: true);
        RequestValidation.Method(violations, "method", request.Method);
        violations.ThrowIfAny();
        // A day past the last evidence gets a point too: the timeline extends to it (a day within adds none)
        var timeline = await reader.GetAsync(request.Variable, request.Method, dailyGrid: true, null, null, context.CancellationToken, extendTo: day)
            ?? throw Errors.NotFound($"timelines/{request.Variable}");
        if (!timeline.Points.Any(p => p.Date == request.Date))
        {
            var span = timeline.Points.Count == 0 ? "no days" : $"{timeline.Points[0].Date} to {timeline.Points[^1].Date}";
            throw Errors.InvalidArgument([("date", $"{request.Date} is outside the timeline of {request.Variable}, which covers {span}")]);
        }
        return Explainer.Explain(timeline, request.Date);
    }

    private static Variable ToVariable(VariableRow row) => new()
    {
        Variable_ = row.Variable,
        Measure = row.Measure,
        Scope = new Scope { Party = row.Party, Place = row.Place },
        ClaimCount = row.ClaimCount,
        StatementCount = row.StatementCount,
        FirstDate = ProjectionMapping.FromDay(row.FirstDay),
        LastDate = ProjectionMapping.FromDay(row.LastDay),
        UpdateTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(row.UpdatedMs)),
    };
}
