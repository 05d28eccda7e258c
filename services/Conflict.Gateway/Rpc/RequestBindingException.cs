namespace Conflict.Gateway.Rpc;

/// <summary>An HTTP request that cannot become an RPC request; answered with 400 and the offending field.</summary>
internal sealed class RequestBindingException(string field, string description)
    : Exception($"{field}: {description}")
{
    public string Field { get; } = field;

    public string Description { get; } = description;
}
