using Conflict.Claims.Claims;
using Conflict.Claims.Documents;
using Conflict.Claims.Feed;
using Conflict.Claims.Import;
using Conflict.Claims.Ingest;
using Conflict.Claims.Measures;
using Conflict.Claims.V1;
using Conflict.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Conflict.Claims;

/// <summary>
/// The gRPC adapter of <c>conflict.claims.v1.ClaimsService</c>, bound to its descriptor: one method per RPC, each
/// passing the request and the call's cancellation to a feature's service. Split by feature into partial files.
/// </summary>
[Authorize(Policy = ConflictPolicies.Read)]
internal sealed partial class ClaimsRpc(
    MeasureService measures,
    DocumentService documents,
    ClaimService claims,
    ClaimLifecycle lifecycle,
    ClaimImporter importer,
    ChangeFeed feed,
    IngestService ingest) : ClaimsService.ClaimsServiceBase;
