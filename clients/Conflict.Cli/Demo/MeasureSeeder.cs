using System.Text.Json;
using System.Text.Json.Nodes;
using Conflict.Claims.V1;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Grpc.Core;

namespace Conflict.Cli.Demo;

/// <summary>Adds the measures of a JSON file (proto3 JSON with an "id") that the catalog does not have yet.</summary>
internal static class MeasureSeeder
{
    public static async Task<int> SeedAsync(ClaimsService.ClaimsServiceClient claims, string path, CancellationToken ct)
    {
        var created = 0;
        foreach (var (id, measure) in Read(path))
        {
            try
            {
                await claims.GetMeasureAsync(new GetMeasureRequest { Name = "measures/" + id }, ct.Call());
            }
            catch (RpcException error) when (error.StatusCode == StatusCode.NotFound)
            {
                try
                {
                    await claims.CreateMeasureAsync(new CreateMeasureRequest { MeasureId = id, Measure = measure }, ct.Call());
                    created++;
                }
                catch (RpcException raced) when (raced.StatusCode == StatusCode.AlreadyExists)
                {
                    // Created meanwhile: what we wanted.
                }
            }
        }
        return created;
    }

    public static IReadOnlyList<(string Id, Measure Measure)> Read(string path)
    {
        try
        {
            var items = JsonNode.Parse(File.ReadAllText(path)) as JsonArray ?? throw new CliException($"{path}: expected a JSON array of measures.");
            return items.OfType<JsonObject>().Select(item =>
            {
                var copy = (JsonObject)item.DeepClone();
                var id = copy["id"]?.GetValue<string>() ?? throw new CliException($"{path}: a measure has no \"id\".");
                copy.Remove("id");
                return (id, JsonOutput.Parse<Measure>(copy.ToJsonString()));
            }).ToList();
        }
        catch (JsonException error)
        {
            throw new CliException($"{path}: not valid JSON: {error.Message}");
        }
    }
}
