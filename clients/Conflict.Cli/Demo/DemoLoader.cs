using Conflict.Claims.V1;
using Conflict.Cli.Cli;
using Conflict.Cli.Files;
using Conflict.Cli.Importing;
using Grpc.Core;

namespace Conflict.Cli.Demo;

/// <summary>
/// Loads the bundled Kursk demo: the source catalog, the structured claims and the articles. Every step is
/// idempotent (import keys, row request ids, document hashes), so running it on an existing data directory adds nothing.
/// </summary>
internal sealed class DemoLoader(ConflictClients clients, Action<string> status)
{
    public async Task LoadAsync(string demoDirectory, CancellationToken ct)
    {
        var sourcesFile = Path.Combine(demoDirectory, "sources.json");
        if (File.Exists(sourcesFile))
        {
            var items = SourceFileReader.Read(sourcesFile);
            var imported = await SourceImport.RunAsync(clients.Sources, items, ct);
            status($"demo sources: {imported.CreatedCount} created, {imported.ExistingCount} already there");
        }
        var measuresFile = Path.Combine(demoDirectory, "measures.json");
        if (File.Exists(measuresFile))
        {
            status($"demo measures: {await MeasureSeeder.SeedAsync(clients.Claims, measuresFile, ct)} added to the catalog");
        }
        var claimsFile = Path.Combine(demoDirectory, "claims.csv");
        if (File.Exists(claimsFile))
        {
            var rows = ClaimFileReader.Read(claimsFile);
            var documents = await ProvenanceDocuments.CreateAsync(clients.Claims, ClaimFileSurvey.Of(rows).Urls, ct);
            var summary = await new ClaimImporter(clients.Claims).ImportAsync(rows, documents, stopOnError: false, progress: null, ct);
            status($"demo claims: {rows.Count} rows, {summary.CreatedCount} created, {summary.DuplicateCount} duplicates, {summary.RejectedCount} rejected");
            foreach (var rejection in summary.Rejections)
            {
                status($"  rejected {string.Join("; ", rejection.Reasons)}");
            }
        }
        var articles = Path.Combine(demoDirectory, "articles");
        if (Directory.Exists(articles))
        {
            foreach (var file in ArticleFiles.Expand([articles]))
            {
                status($"demo article {Path.GetFileName(file)}: {await IngestAsync(file, ct)}");
            }
        }
    }

    /// <summary>Ingests one article; a failure is reported and the demo goes on with the structured claims.</summary>
    private async Task<string> IngestAsync(string file, CancellationToken ct)
    {
        try
        {
            var response = await clients.Claims.IngestDocumentAsync(new IngestDocumentRequest { Document = ArticleLoader.Load(file, ArticleMetadata.Empty) }, ct.Call());
            return response.AlreadyIngested ? "already ingested" : $"{response.Claims.Count} claims extracted";
        }
        catch (RpcException error)
        {
            return $"not ingested ({ErrorReporter.CodeName(error.StatusCode)}: {error.Status.Detail})";
        }
    }

    /// <summary>The bundled demo directory: --demo-dir, else demo/ in the repository.</summary>
    public static string Locate(string? demoDirectory)
    {
        var dir = demoDirectory ?? (RepositoryLayout() is { } root ? Path.Combine(root, "demo") : "demo");
        return Directory.Exists(dir) ? dir : throw new CliException($"{dir}: the demo directory does not exist; pass --demo-dir.");
    }

    private static string? RepositoryLayout() => Supervision.RepositoryLayout.FindRoot();
}
