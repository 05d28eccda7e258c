using Conflict.Claims.Common;
using Conflict.Claims.V1;

namespace Conflict.Claims.Claims;

/// <summary>A claim to prepare, the collector for its problems (with its path in the request) and its default origin.</summary>
internal sealed record ClaimInput(Claim Claim, Problems Problems, ClaimOrigin DefaultOrigin = ClaimOrigin.Manual);
