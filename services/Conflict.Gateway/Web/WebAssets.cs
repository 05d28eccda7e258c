using System.Reflection;

namespace Conflict.Gateway.Web;

/// <summary>
/// Serves the timeline page: the files of <c>web/</c>, embedded in the assembly at build time, so the
/// gateway needs no web root, CDN or npm step. <c>/</c> is <c>index.html</c>.
/// </summary>
internal static class WebAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static IEndpointRouteBuilder MapWebAssets(this IEndpointRouteBuilder endpoints)
    {
        var assembly = typeof(WebAssets).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("web/", StringComparison.Ordinal))
            .ToDictionary(n => n["web/".Length..], n => Read(assembly, n), StringComparer.Ordinal);
        endpoints.MapGet("/", () => Serve(files, "index.html"));
        endpoints.MapGet("/ui/{file}", (string file) => Serve(files, file));
        return endpoints;
    }

    private static IResult Serve(Dictionary<string, byte[]> files, string file)
    {
        if (!files.TryGetValue(file, out var bytes) || !ContentTypes.TryGetValue(Path.GetExtension(file), out var type))
        {
            return Results.NotFound();
        }
        return Results.Bytes(bytes, type);
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
