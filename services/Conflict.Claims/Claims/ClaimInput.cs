using Conflict.Claims.Common;
using Conflict.Claims.V1;

namespace Conflict.Claims.Claims;

/// <summary>
/// A claim to prepare, the collector for its problems (with its path in the request), the principal that records it,
/// its default origin and request id.
/// </summary>
internal sealed record ClaimInput(Claim Claim, Problems Problems, string Creator, ClaimOrigin DefaultOrigin = ClaimOrigin.Manual, string? RequestId = null);
