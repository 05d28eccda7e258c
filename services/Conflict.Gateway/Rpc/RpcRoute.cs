using Conflict.Gateway.Backends;
using Google.Protobuf.Reflection;

namespace Conflict.Gateway.Rpc;

/// <summary>
/// One HTTP route onto one RPC, in the spirit of a google.api.http rule: the verb and path, the
/// request field the body fills (<c>*</c> for the whole request, null for none), and the fields
/// filled from the path. Every other request field may come from the query string.
/// </summary>
internal sealed record RpcRoute(string HttpMethod, string Path, Backend Backend, MethodDescriptor Rpc, string? Body, IReadOnlyList<PathBinding> PathBindings)
{
    public RpcInvoker Invoker { get; } = RpcInvoker.For(Rpc);

    /// <summary>Client-streaming and bidirectional RPCs take a JSON array of requests as the body.</summary>
    public bool TakesArray => Rpc.IsClientStreaming;

    /// <summary>Server-streaming RPCs answer with server-sent events.</summary>
    public bool IsEventStream => Rpc.IsServerStreaming && !Rpc.IsClientStreaming;

    /// <summary>Top-level request fields that cannot come from the query string.</summary>
    public IReadOnlySet<string> BoundFields { get; } = PathBindings.Select(p => p.TopField)
        .Concat(Body is null ? [] : [Body])
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>True when a query parameter may set the top-level field.</summary>
    public bool AllowsQuery(FieldDescriptor field) => Body != "*" && !TakesArray && !BoundFields.Contains(field.Name);
}
