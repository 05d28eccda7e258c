using System.Text;
using System.Text.Json;
using Conflict.Gateway.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Conflict.Gateway.Rpc;

/// <summary>Builds the RPC request(s) of an HTTP request: query string first, then the body, then the path.</summary>
internal static class RequestBinder
{
    public static async Task<IReadOnlyList<IMessage>> BindAsync(RpcRoute route, HttpContext http, CancellationToken ct)
    {
        if (route.TakesArray)
        {
            return await BindArrayAsync(route.Rpc.InputType, http.Request, ct);
        }
        var message = QueryBinder.Bind(route, http.Request.Query);
        if (route.Body is not null)
        {
            await MergeBodyAsync(route, message, http.Request, ct);
        }
        foreach (var binding in route.PathBindings)
        {
            var value = binding.Render(name => RouteValue(http, name))
                ?? throw new RequestBindingException(binding.FieldPath, "is missing from the path.");
            SetField(message, binding.FieldPath, value);
        }
        return [message];
    }

    private static string? RouteValue(HttpContext http, string name)
    {
        var raw = http.Request.RouteValues[name]?.ToString();
        // Kestrel leaves %2F encoded so that it cannot split segments; a caller may encode the slashes
        // of a variable (area_controlled%2Fua%2FRU-KRS) or send them plainly to a catch-all route.
        return raw is null ? null : Uri.UnescapeDataString(raw);
    }

    private static async Task MergeBodyAsync(RpcRoute route, IMessage message, HttpRequest request, CancellationToken ct)
    {
        var json = await ReadBodyAsync(request, ct);
        if (string.IsNullOrWhiteSpace(json))
        {
            return;
        }
        if (route.Body == "*")
        {
            message.MergeFrom(ProtoJson.Parse(json, route.Rpc.InputType).ToByteString());
            return;
        }
        var field = route.Rpc.InputType.FindFieldByName(route.Body!);
        var value = ProtoJson.Parse(json, field.MessageType);
        var existing = (IMessage?)field.Accessor.GetValue(message);
        if (existing is null)
        {
            field.Accessor.SetValue(message, value);
        }
        else
        {
            existing.MergeFrom(value.ToByteString());
        }
    }

    private static async Task<IReadOnlyList<IMessage>> BindArrayAsync(MessageDescriptor descriptor, HttpRequest request, CancellationToken ct)
    {
        var json = await ReadBodyAsync(request, ct);
        using var document = ParseDocument(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new RequestBindingException("body", $"must be a JSON array of {descriptor.Name} messages.");
        }
        return [.. document.RootElement.EnumerateArray().Select(item => ProtoJson.Parse(item.GetRawText(), descriptor))];
    }

    private static JsonDocument ParseDocument(string json)
    {
        try
        {
            return JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "[]" : json);
        }
        catch (JsonException e)
        {
            throw new RequestBindingException("body", "is not valid JSON: " + e.Message);
        }
    }

    /// <summary>Reads the body as UTF-8; Kestrel's request size limit (30 MB by default) bounds it.</summary>
    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }

    /// <summary>Sets a string field, creating the messages on a dotted path (<c>source.name</c>).</summary>
    private static void SetField(IMessage message, string path, string value)
    {
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var field = message.Descriptor.FindFieldByName(parts[i]);
            var child = (IMessage?)field.Accessor.GetValue(message);
            if (child is null)
            {
                child = (IMessage)Activator.CreateInstance(field.MessageType.ClrType)!;
                field.Accessor.SetValue(message, child);
            }
            message = child;
        }
        message.Descriptor.FindFieldByName(parts[^1]).Accessor.SetValue(message, value);
    }
}
