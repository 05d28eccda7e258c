using System.Globalization;
using System.Text.Json.Nodes;
using Conflict.Gateway.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.Extensions.Primitives;

namespace Conflict.Gateway.Rpc;

/// <summary>
/// Turns query parameters into request fields (AIP-127): <c>page_size=2</c> or <c>pageSize=2</c>,
/// dotted paths into nested messages (<c>scope.party=ua</c>), repeated parameters into repeated fields.
/// The parameters become a proto3 JSON object that Google.Protobuf's parser reads, so values follow
/// the JSON mapping (enum names or numbers, RFC 3339 times, FieldMask paths).
/// </summary>
internal static class QueryBinder
{
    public static IMessage Bind(RpcRoute route, IQueryCollection query)
    {
        var descriptor = route.Rpc.InputType;
        var root = new JsonObject();
        foreach (var (key, values) in query)
        {
            var path = key.Split('.');
            var top = FindField(descriptor, path[0]) ?? throw new RequestBindingException(key, "is not a field of " + descriptor.Name + ".");
            if (!route.AllowsQuery(top))
            {
                throw new RequestBindingException(key, "cannot be set from the query string on this route.");
            }
            Set(root, descriptor, path, key, values);
        }
        return ProtoJson.Parse(root.ToJsonString(), descriptor);
    }

    private static void Set(JsonObject target, MessageDescriptor descriptor, string[] path, string key, StringValues values)
    {
        for (var i = 0; ; i++)
        {
            var field = FindField(descriptor, path[i]) ?? throw new RequestBindingException(key, "is not a field of " + descriptor.Name + ".");
            if (i == path.Length - 1)
            {
                target[field.JsonName] = field.IsRepeated
                    ? new JsonArray(values.Select(v => Convert(field, v ?? "", key)).ToArray())
                    : Convert(field, values.LastOrDefault() ?? "", key);
                return;
            }
            if (field.FieldType != FieldType.Message || field.IsRepeated || IsWellKnown(field.MessageType))
            {
                throw new RequestBindingException(key, $"{field.Name} has no sub-fields.");
            }
            if (target[field.JsonName] is not JsonObject child)
            {
                child = new JsonObject();
                target[field.JsonName] = child;
            }
            target = child;
            descriptor = field.MessageType;
        }
    }

    private static JsonValue Convert(FieldDescriptor field, string value, string key) => field.FieldType switch
    {
        FieldType.Bool => value.ToLowerInvariant() switch
        {
            "true" or "1" or "" => JsonValue.Create(true),
            "false" or "0" => JsonValue.Create(false),
            _ => throw new RequestBindingException(key, "must be true or false."),
        },
        FieldType.Enum when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        FieldType.Message when !IsWellKnown(field.MessageType) => throw new RequestBindingException(key, "is a message; set its fields with dotted names."),
        _ => JsonValue.Create(value),
    };

    private static bool IsWellKnown(MessageDescriptor message) => message.File.Package == "google.protobuf";

    /// <summary>Finds a field by its proto name (<c>page_size</c>) or JSON name (<c>pageSize</c>).</summary>
    public static FieldDescriptor? FindField(MessageDescriptor descriptor, string name)
        => descriptor.FindFieldByName(name) ?? descriptor.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == name);
}
