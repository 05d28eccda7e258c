using Conflict.Claims.V1;

namespace Conflict.Cli.Files;

/// <summary>A claim file row after validation: the claim to send, or why it cannot be sent.</summary>
internal sealed record ClaimFileRow(int Line, string RequestId, Claim? Claim, IReadOnlyList<string> Errors, string Url, string Note)
{
    public bool IsValid => Claim is not null && Errors.Count == 0;
}
