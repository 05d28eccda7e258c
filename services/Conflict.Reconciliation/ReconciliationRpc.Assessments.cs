using Conflict.Reconciliation.V1;
using Conflict.ServiceDefaults;
using Grpc.Core;

namespace Conflict.Reconciliation;

/// <summary>Conflicts and source assessments.</summary>
internal sealed partial class ReconciliationRpc
{
    public override async Task<ListConflictsResponse> ListConflicts(ListConflictsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var size = RequestValidation.PageSize(violations, request.PageSize);
        RequestValidation.Variable(violations, "variable", request.Variable, required: false);
        var after = PageToken.Decode(violations, request.PageToken, request.Variable);
        violations.ThrowIfAny();
        // Conflicts are listed a variable at a time; a page ends after the variable that fills it.
        var response = new ListConflictsResponse();
        var rows = await store.ListWithConflictsAsync(after, request.Variable, size + 1, context.CancellationToken);
        foreach (var row in rows)
        {
            response.Conflicts.AddRange(ListConflictsResponse.Parser.ParseFrom(row.Conflicts).Conflicts);
            if (response.Conflicts.Count >= size && row != rows[^1])
            {
                response.NextPageToken = PageToken.Encode(row.Variable, request.Variable);
                break;
            }
        }
        return response;
    }

    public override async Task<ListSourceAssessmentsResponse> ListSourceAssessments(ListSourceAssessmentsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var size = RequestValidation.PageSize(violations, request.PageSize);
        var after = PageToken.Decode(violations, request.PageToken, "");
        violations.ThrowIfAny();
        var rows = await store.ListAssessmentsAsync(after, size + 1, context.CancellationToken);
        var response = new ListSourceAssessmentsResponse();
        response.SourceAssessments.AddRange(rows.Take(size).Select(r => SourceAssessment.Parser.ParseFrom(r.Payload)));
        if (rows.Count > size)
        {
            response.NextPageToken = PageToken.Encode(rows[size - 1].Source, "");
        }
        return response;
    }

    public override async Task<SourceAssessment> GetSourceAssessment(GetSourceAssessmentRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        RequestValidation.Source(violations, "source", request.Source);
        violations.ThrowIfAny();
        var payload = await store.GetAssessmentAsync(request.Source, context.CancellationToken);
        return payload is not null
            ? SourceAssessment.Parser.ParseFrom(payload)
            : throw Errors.NotFound($"sourceAssessments/{request.Source}");
    }
}
