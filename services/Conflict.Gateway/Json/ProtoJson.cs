using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Conflict.Gateway.Json;

/// <summary>
/// The proto3 JSON mapping (camelCase names, enum names, RFC 3339 times, int64 as strings) through
/// Google.Protobuf's own formatter and parser; System.Text.Json never touches generated messages.
/// </summary>
internal static class ProtoJson
{
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>Resolves <c>google.protobuf.Any</c> payloads that carry error details.</summary>
    public static readonly TypeRegistry Registry = TypeRegistry.FromMessages(
        Google.Rpc.ErrorInfo.Descriptor, Google.Rpc.BadRequest.Descriptor);

    public static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithTypeRegistry(Registry));

    /// <summary>Unknown fields are errors: a misspelt field must not be silently dropped.</summary>
    public static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithTypeRegistry(Registry).WithIgnoreUnknownFields(false));

    public static string Format(IMessage message) => Formatter.Format(message);

    public static IMessage Parse(string json, MessageDescriptor descriptor) => Parser.Parse(json, descriptor);

    public static async Task WriteAsync(HttpResponse response, IMessage message, CancellationToken ct)
    {
        response.ContentType = ContentType;
        await response.WriteAsync(Format(message), Encoding.UTF8, ct);
    }

    /// <summary>Writes messages as one JSON array.</summary>
    public static async Task WriteArrayAsync(HttpResponse response, IEnumerable<IMessage> messages, CancellationToken ct)
    {
        response.ContentType = ContentType;
        var json = new StringBuilder("[");
        foreach (var message in messages)
        {
            json.Append(json.Length > 1 ? "," : "").Append(Format(message));
        }
        await response.WriteAsync(json.Append(']').ToString(), Encoding.UTF8, ct);
    }
}
