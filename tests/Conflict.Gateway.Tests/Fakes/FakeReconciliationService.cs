using Conflict.Reconciliation.V1;
using Grpc.Core;

namespace Conflict.Gateway.Tests.Fakes;

/// <summary>ReconciliationService over the demo world, with the naive timelines of <see cref="FakeTimelines"/>.</summary>
internal sealed class FakeReconciliationService(DemoWorld world) : ReconciliationService.ReconciliationServiceBase
{
    public override Task<ListVariablesResponse> ListVariables(ListVariablesRequest request, ServerCallContext context)
    {
        var response = new ListVariablesResponse();
        foreach (var name in FakeTimelines.Variables(world))
        {
            var timeline = FakeTimelines.Build(world, name)!;
            var parts = name.Split('/');
            response.Variables.Add(new Variable
            {
                Variable_ = name,
                Measure = parts[0],
                Scope = new Type.V1.Scope { Party = parts[1], Place = parts[2] },
                Unit = timeline.Unit,
                ClaimCount = timeline.Evidence.Count,
                FirstDate = timeline.Points[0].Date,
                LastDate = timeline.Points[^1].Date,
            });
        }
        return Task.FromResult(response);
    }

    public override Task<Timeline> GetTimeline(GetTimelineRequest request, ServerCallContext context)
        => Task.FromResult(FakeTimelines.Build(world, request.Variable) ?? throw FakeErrors.NotFound("VARIABLE_NOT_FOUND", "variable", request.Variable));

    public override Task<ExplainEstimateResponse> ExplainEstimate(ExplainEstimateRequest request, ServerCallContext context)
    {
        if (request.Date.Length == 0)
        {
            throw FakeErrors.InvalidArgument(("date", "Required: the day to explain (YYYY-MM-DD)."));
        }
        var timeline = FakeTimelines.Build(world, request.Variable) ?? throw FakeErrors.NotFound("VARIABLE_NOT_FOUND", "variable", request.Variable);
        var point = timeline.Points.FirstOrDefault(p => p.Date == request.Date) ?? throw FakeErrors.NotFound("DATE_NOT_FOUND", "date", request.Date);
        var response = new ExplainEstimateResponse { Point = point, Summary = $"Mean of {point.StatementCount} statements." };
        response.Evidence.AddRange(timeline.Evidence.Where(e => e.AsOf.StartDate == request.Date));
        return Task.FromResult(response);
    }

    public override Task<ListConflictsResponse> ListConflicts(ListConflictsRequest request, ServerCallContext context)
    {
        var variables = request.Variable.Length > 0 ? [request.Variable] : FakeTimelines.Variables(world);
        var response = new ListConflictsResponse();
        response.Conflicts.AddRange(variables.SelectMany(v => FakeTimelines.Conflicts(world, v)));
        return Task.FromResult(response);
    }

    public override Task<ListSourceAssessmentsResponse> ListSourceAssessments(ListSourceAssessmentsRequest request, ServerCallContext context)
    {
        var response = new ListSourceAssessmentsResponse();
        response.SourceAssessments.AddRange(world.Sources().Select(s => Assess(s.Name)!));
        return Task.FromResult(response);
    }

    public override Task<SourceAssessment> GetSourceAssessment(GetSourceAssessmentRequest request, ServerCallContext context)
        => Task.FromResult(Assess(request.Source) ?? throw FakeErrors.NotFound("SOURCE_NOT_FOUND", "source", request.Source));

    public override async Task WatchTimeline(WatchTimelineRequest request, IServerStreamWriter<Timeline> responses, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        while (!ct.IsCancellationRequested)
        {
            var changed = world.NextChange;
            var timeline = FakeTimelines.Build(world, request.Variable) ?? throw FakeErrors.NotFound("VARIABLE_NOT_FOUND", "variable", request.Variable);
            await responses.WriteAsync(timeline, ct);
            await changed.WaitAsync(ct);
        }
    }

    public override async Task<FuseClaimsResponse> FuseClaims(IAsyncStreamReader<FuseClaimsRequest> requests, ServerCallContext context)
    {
        var rows = new List<FuseClaimsRow>();
        while (await requests.MoveNext(context.CancellationToken))
        {
            rows.AddRange(requests.Current.Rows);
        }
        var response = new FuseClaimsResponse();
        response.Values.AddRange(rows.GroupBy(r => r.Object).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new FusedValue { Object = g.Key, Value = g.First().Value }));
        response.Sources.AddRange(rows.GroupBy(r => r.Source).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new FusedSource { Source = g.Key, Weight = 1, ClaimCount = g.Count() }));
        return response;
    }

    private SourceAssessment? Assess(string name) => world.FindSource(name) is { } source
        ? new SourceAssessment
        {
            Source = source.Name,
            DisplayName = source.DisplayName,
            AlignedParty = source.AlignedParty,
            StatementCount = world.Claims().Count(c => c.Claimant == source.Name),
            BiasFactor = source.AlignedParty == "ua" ? 1.25 : 1,
            BiasFactorLow = 0.9,
            BiasFactorHigh = 1.5,
            Noise = 0.1,
            Summary = source.AlignedParty == "ua" ? "overstates Ukrainian gains by about 25%" : "no clear bias",
        }
        : null;
}
