using System.Text.Json.Nodes;
using Conflict.Gateway.Rpc;
using Google.Protobuf.Reflection;
using Conflict.ServiceDefaults;

namespace Conflict.Gateway.OpenApi;

/// <summary>
/// Builds the OpenAPI 3.1 document from the route table and the protobuf descriptors, so it cannot
/// drift from the routes actually mapped. Served at <c>/openapi.json</c>.
/// </summary>
internal static class OpenApiDocument
{
    public static IEndpointRouteBuilder MapOpenApiDocument(this IEndpointRouteBuilder endpoints)
    {
        var catalog = endpoints.ServiceProvider.GetRequiredService<RouteCatalog>();
        var document = new Lazy<string>(() => Build(catalog.Routes).ToJsonString());
        endpoints.MapGet("/openapi.json", () => Results.Text(document.Value, "application/json; charset=utf-8"));
        return endpoints;
    }

    public static JsonObject Build(IEnumerable<RpcRoute> routes)
    {
        var schemas = new OpenApiSchemas();
        var paths = new JsonObject();
        foreach (var route in routes)
        {
            if (paths[route.Path] is not JsonObject item)
            {
                item = [];
                paths[route.Path] = item;
            }
            item[route.HttpMethod.ToLowerInvariant()] = Operation(route, schemas);
        }
        schemas.Components["Problem"] = OpenApiSchemas.Problem();
        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "Conflict API",
                ["version"] = "v1",
                ["description"] = "HTTP/JSON over the Conflict gRPC services (proto3 JSON mapping). Errors are application/problem+json.",
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/" }),
            ["security"] = new JsonArray(), // no authentication: deploy behind a proxy that adds it
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas.Components,
                ["responses"] = new JsonObject
                {
                    ["Problem"] = new JsonObject
                    {
                        ["description"] = "An error: the gRPC status mapped to HTTP (google.rpc.Code table), as RFC 7807 problem+json.",
                        ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Problem" } } },
                    },
                },
            },
        };
    }

    private static JsonObject Operation(RpcRoute route, OpenApiSchemas schemas)
    {
        var operation = new JsonObject
        {
            ["operationId"] = route.Rpc.Service.Name + "_" + route.Rpc.Name,
            ["tags"] = new JsonArray(route.Rpc.Service.Name),
            ["summary"] = route.Rpc.FullName,
            ["parameters"] = Parameters(route, schemas),
            ["responses"] = Responses(route, schemas),
        };
        if (RequestSchema(route, schemas) is { } body)
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = route.TakesArray,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = body } },
            };
        }
        return operation;
    }

    private static JsonArray Parameters(RpcRoute route, OpenApiSchemas schemas)
    {
        var parameters = new JsonArray();
        foreach (var name in route.PathBindings.SelectMany(b => b.Parameters).Distinct())
        {
            var parameter = new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } };
            if (route.PathBindings.Any(b => b.Format == "{" + name + "}"))
            {
                parameter["description"] = "The whole value, slashes included; they may be sent plainly or as %2F.";
            }
            parameters.Add(parameter);
        }
        foreach (var field in route.Rpc.InputType.Fields.InDeclarationOrder().Where(route.AllowsQuery))
        {
            if (field.FieldType == FieldType.Message && field.MessageType.File.Package != "google.protobuf")
            {
                continue; // nested fields are accepted with dotted names; the document lists the flat ones
            }
            parameters.Add(new JsonObject { ["name"] = field.JsonName, ["in"] = "query", ["schema"] = schemas.Field(field) });
        }
        return parameters;
    }

    private static JsonObject? RequestSchema(RpcRoute route, OpenApiSchemas schemas)
    {
        if (route.TakesArray)
        {
            return new JsonObject { ["type"] = "array", ["items"] = schemas.Ref(route.Rpc.InputType) };
        }
        return route.Body switch
        {
            null => null,
            "*" => schemas.Ref(route.Rpc.InputType),
            var field => schemas.Ref(route.Rpc.InputType.FindFieldByName(field).MessageType),
        };
    }

    private static JsonObject Responses(RpcRoute route, OpenApiSchemas schemas)
    {
        var output = schemas.Ref(route.Rpc.OutputType);
        var (mediaType, schema, description) = route switch
        {
            { IsEventStream: true } => ("text/event-stream", output, "Server-sent events; each event's data is one message as JSON."),
            { TakesArray: true, Rpc.IsServerStreaming: true } => ("application/json", new JsonObject { ["type"] = "array", ["items"] = output }, "Every response message, in order."),
            _ => ("application/json", output, "OK"),
        };
        return new JsonObject
        {
            ["200"] = new JsonObject
            {
                ["description"] = description,
                ["content"] = new JsonObject { [mediaType] = new JsonObject { ["schema"] = schema } },
            },
            ["4XX"] = new JsonObject { ["$ref"] = "#/components/responses/Problem" },
            ["5XX"] = new JsonObject { ["$ref"] = "#/components/responses/Problem" },
        };
    }
}
