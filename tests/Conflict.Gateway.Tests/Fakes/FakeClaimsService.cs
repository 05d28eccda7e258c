using Conflict.Claims.V1;
using Grpc.Core;

namespace Conflict.Gateway.Tests.Fakes;

/// <summary>ClaimsService over the demo world; the catalog and document RPCs answer UNIMPLEMENTED.</summary>
internal sealed class FakeClaimsService(DemoWorld world) : ClaimsService.ClaimsServiceBase
{
    public override Task<Measure> GetMeasure(GetMeasureRequest request, ServerCallContext context)
        => Task.FromResult(new Measure { Name = request.Name, Unit = "km2", Kind = MeasureKind.Level });

    public override Task<ListMeasuresResponse> ListMeasures(ListMeasuresRequest request, ServerCallContext context)
        => Task.FromResult(new ListMeasuresResponse { Measures = { new Measure { Name = "measures/area_controlled", Unit = "km2", Kind = MeasureKind.Level } } });

    public override Task<Measure> CreateMeasure(CreateMeasureRequest request, ServerCallContext context) => throw FakeErrors.Unimplemented(nameof(CreateMeasure));

    public override Task<Measure> UpdateMeasure(UpdateMeasureRequest request, ServerCallContext context) => throw FakeErrors.Unimplemented(nameof(UpdateMeasure));

    public override Task<Document> CreateDocument(CreateDocumentRequest request, ServerCallContext context)
    {
        var document = request.Document.Clone();
        document.Name = "documents/d1";
        return Task.FromResult(document);
    }

    public override Task<Document> GetDocument(GetDocumentRequest request, ServerCallContext context) => throw FakeErrors.Unimplemented(nameof(GetDocument));

    public override Task<ListDocumentsResponse> ListDocuments(ListDocumentsRequest request, ServerCallContext context) => throw FakeErrors.Unimplemented(nameof(ListDocuments));

    public override Task<Claim> CreateClaim(CreateClaimRequest request, ServerCallContext context)
    {
        var claim = request.Claim;
        var violations = new List<(string, string)>();
        if (claim is null || claim.Measure.Length == 0)
        {
            violations.Add(("claim.measure", "Required."));
        }
        if (claim?.AsOf is null || claim.AsOf.StartDate.Length == 0)
        {
            violations.Add(("claim.as_of.start_date", "Required."));
        }
        if (violations.Count > 0)
        {
            throw FakeErrors.InvalidArgument([.. violations]);
        }
        var stored = claim!.Clone();
        stored.NormalizedQuantity ??= stored.Quantity;
        return Task.FromResult(world.Store(stored));
    }

    public override async Task<BatchCreateClaimsResponse> BatchCreateClaims(BatchCreateClaimsRequest request, ServerCallContext context)
    {
        var response = new BatchCreateClaimsResponse();
        foreach (var item in request.Requests)
        {
            response.Claims.Add(await CreateClaim(item, context));
        }
        return response;
    }

    public override async Task ImportClaims(IAsyncStreamReader<ImportClaimsRequest> requests, IServerStreamWriter<ImportClaimsResponse> responses, ServerCallContext context)
    {
        var progress = new ImportClaimsResponse();
        while (await requests.MoveNext(context.CancellationToken))
        {
            foreach (var item in requests.Current.Items)
            {
                await CreateClaim(new CreateClaimRequest { Claim = item.Claim, RequestId = item.RequestId }, context);
                progress.ReceivedCount++;
                progress.CreatedCount++;
            }
            await responses.WriteAsync(progress.Clone(), context.CancellationToken);
        }
        progress.Done = true;
        await responses.WriteAsync(progress, context.CancellationToken);
    }

    public override Task<Claim> GetClaim(GetClaimRequest request, ServerCallContext context)
        => Task.FromResult(world.Claims().FirstOrDefault(c => c.Name == request.Name) ?? throw FakeErrors.NotFound("CLAIM_NOT_FOUND", "claim", request.Name));

    public override Task<ListClaimsResponse> ListClaims(ListClaimsRequest request, ServerCallContext context)
    {
        var claims = world.Claims().Where(c => (request.Variable.Length == 0 || c.Variable == request.Variable)
            && (request.State == ClaimState.Unspecified || c.State == request.State));
        return Task.FromResult(new ListClaimsResponse { Claims = { claims } });
    }

    public override Task<Claim> SupersedeClaim(SupersedeClaimRequest request, ServerCallContext context) => throw FakeErrors.Unimplemented(nameof(SupersedeClaim));

    public override Task<Claim> RetractClaim(RetractClaimRequest request, ServerCallContext context)
        => Task.FromResult(world.Update(request.Name, c => c.State = ClaimState.Retracted) ?? throw FakeErrors.NotFound("CLAIM_NOT_FOUND", "claim", request.Name));

    public override Task WatchClaims(WatchClaimsRequest request, IServerStreamWriter<WatchClaimsResponse> responses, ServerCallContext context)
        => throw FakeErrors.Unimplemented(nameof(WatchClaims));

    public override Task<ExtractClaimsResponse> ExtractClaims(ExtractClaimsRequest request, ServerCallContext context)
        => throw FakeErrors.Unimplemented(nameof(ExtractClaims));

    public override Task<IngestDocumentResponse> IngestDocument(IngestDocumentRequest request, ServerCallContext context)
        => throw FakeErrors.Unimplemented(nameof(IngestDocument));
}
