using System.Text.Json.Nodes;
using Google.Protobuf.Reflection;
using Conflict.ServiceDefaults;

namespace Conflict.Gateway.OpenApi;

/// <summary>
/// JSON Schemas (OpenAPI 3.1) of protobuf messages as the proto3 JSON mapping writes them: camelCase
/// names, int64 as strings, enums as names, well-known types as their JSON forms.
/// </summary>
internal sealed class OpenApiSchemas
{
    private readonly JsonObject _schemas = [];

    public JsonObject Components => _schemas;

    /// <summary>A reference to the message's schema, adding it (and what it uses) to the components.</summary>
    public JsonObject Ref(MessageDescriptor message)
    {
        if (WellKnown(message) is { } wellKnown)
        {
            return wellKnown;
        }
        if (!_schemas.ContainsKey(message.FullName))
        {
            var properties = new JsonObject();
            _schemas[message.FullName] = new JsonObject { ["type"] = "object", ["properties"] = properties };
            foreach (var field in message.Fields.InDeclarationOrder())
            {
                properties[field.JsonName] = Field(field);
            }
        }
        return new JsonObject { ["$ref"] = "#/components/schemas/" + message.FullName };
    }

    public JsonObject Field(FieldDescriptor field)
    {
        if (field.IsMap)
        {
            var value = field.MessageType.FindFieldByNumber(2);
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = Single(value) };
        }
        return field.IsRepeated ? new JsonObject { ["type"] = "array", ["items"] = Single(field) } : Single(field);
    }

    private JsonObject Single(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Double or FieldType.Float => new JsonObject { ["type"] = "number" },
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 or FieldType.UInt32 or FieldType.Fixed32 => new JsonObject { ["type"] = "integer", ["format"] = "int32" },
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 or FieldType.UInt64 or FieldType.Fixed64 => new JsonObject { ["type"] = "string", ["format"] = "int64" },
        FieldType.Bool => new JsonObject { ["type"] = "boolean" },
        FieldType.Bytes => new JsonObject { ["type"] = "string", ["format"] = "byte" },
        FieldType.Enum => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. field.EnumType.Values.Select(v => JsonValue.Create(v.Name))]) },
        FieldType.Message or FieldType.Group => Ref(field.MessageType),
        _ => new JsonObject { ["type"] = "string" },
    };

    private static JsonObject? WellKnown(MessageDescriptor message) => message.FullName switch
    {
        "google.protobuf.Timestamp" => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
        "google.protobuf.Duration" => new JsonObject { ["type"] = "string", ["description"] = "Seconds with an s suffix, e.g. 1.5s." },
        "google.protobuf.FieldMask" => new JsonObject { ["type"] = "string", ["description"] = "Comma-separated camelCase field paths." },
        "google.protobuf.Empty" => new JsonObject { ["type"] = "object" },
        "google.protobuf.Struct" => new JsonObject { ["type"] = "object" },
        "google.protobuf.Value" => [],
        "google.protobuf.Any" => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["@type"] = new JsonObject { ["type"] = "string" } } },
        _ => null,
    };

    /// <summary>The RFC 7807 problem the gateway answers errors with.</summary>
    public static JsonObject Problem() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string", ["description"] = "The ErrorInfo reason, e.g. SOURCE_NOT_FOUND." },
            ["title"] = new JsonObject { ["type"] = "string" },
            ["status"] = new JsonObject { ["type"] = "integer" },
            ["detail"] = new JsonObject { ["type"] = "string" },
            ["instance"] = new JsonObject { ["type"] = "string" },
            ["code"] = new JsonObject { ["type"] = "string", ["description"] = "The gRPC status code name, e.g. NOT_FOUND." },
            ["domain"] = new JsonObject { ["type"] = "string" },
            ["metadata"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } },
            ["service"] = new JsonObject { ["type"] = "string" },
            ["fieldViolations"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["field"] = new JsonObject { ["type"] = "string" }, ["description"] = new JsonObject { ["type"] = "string" } },
                },
            },
        },
    };
}
