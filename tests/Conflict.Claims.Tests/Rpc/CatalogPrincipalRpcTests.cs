using Conflict.Extraction.Catalog;
using Conflict.Claims.Measures;
using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Conflict.Client.Auth;
using Google.Protobuf.WellKnownTypes;

namespace Conflict.Claims.Tests.Rpc;

/// <summary>
/// Who stored a document and who created or changed a measure, through the real transport: documents created
/// directly or by ingestion (with the claims found in them), measures created through the API or shipped.
/// </summary>
public sealed class CatalogPrincipalRpcTests(ClaimsServices services) : IClassFixture<ClaimsServices>
{
    private const string Text = "Zelensky said on Monday that Ukrainian troops controlled more than 1,000 square kilometres in the Kursk region.";

    private ClaimsService.ClaimsServiceClient Reader => services.ClaimsAs("analyst", ConflictRoles.Reader);

    [Fact]
    public async Task CreateDocument_ByWriter_RecordsTheWriter()
    {
        // Arrange
        var document = Samples.Article($"Officials said on Tuesday that the front moved. Reference {Guid.NewGuid():N}.");

        // Act
        var created = await services.ClaimsAs("desk", ConflictRoles.Writer).CreateDocumentAsync(new CreateDocumentRequest { Document = document });
        var read = await Reader.GetDocumentAsync(new GetDocumentRequest { Name = created.Name });

        // Assert
        Assert.Equal(("desk", "desk"), (read.Creator, read.Updater));
    }

    [Fact]
    public async Task IngestDocument_ByImporter_DocumentAndItsClaimsRecordTheImporter()
    {
        // Arrange
        var document = Samples.Article(Text + $" Ref {Guid.NewGuid():N}.");

        // Act
        var ingested = await services.ClaimsAs("newsroom-importer", ConflictRoles.Writer).IngestDocumentAsync(new IngestDocumentRequest { Document = document });
        var read = await Reader.GetDocumentAsync(new GetDocumentRequest { Name = ingested.Document.Name });
        var claims = await Reader.ListAllAsync(new ListClaimsRequest { Document = ingested.Document.Name });

        // Assert
        Assert.Equal(("newsroom-importer", "newsroom-importer"), (ingested.Document.Creator, ingested.Document.Updater));
        Assert.Equal(("newsroom-importer", "newsroom-importer"), (read.Creator, read.Updater));
        Assert.NotEmpty(claims);
        Assert.All(ingested.Claims.Concat(claims), c => Assert.Equal(("newsroom-importer", "newsroom-importer"), (c.Creator, c.Updater)));
    }

    [Fact]
    public async Task CreateMeasure_ThenUpdateByAnother_ReadsShowCreatorAndUpdater()
    {
        // Arrange
        var id = "test_principal_" + Guid.NewGuid().ToString("N")[..6];
        var measure = new Measure { Unit = "count", Kind = MeasureKind.Cumulative, Description = "Drones shot down." };

        // Act
        var created = await services.ClaimsAs("alice", ConflictRoles.Writer).CreateMeasureAsync(new CreateMeasureRequest { MeasureId = id, Measure = measure });
        var updated = await services.ClaimsAs("bob", ConflictRoles.Writer).UpdateMeasureAsync(new UpdateMeasureRequest
        {
            Measure = new Measure { Name = created.Name, Description = "Drones shot down, as claimed." },
            UpdateMask = new FieldMask { Paths = { "description" } },
        });
        var read = await Reader.GetMeasureAsync(new GetMeasureRequest { Name = created.Name });

        // Assert
        Assert.Equal(("alice", "alice"), (created.Creator, created.Updater));
        Assert.Equal(("alice", "bob"), (updated.Creator, updated.Updater));
        Assert.Equal(("alice", "bob"), (read.Creator, read.Updater));
    }

    [Fact]
    public async Task ListMeasures_ShippedCatalog_CreatedBySystem()
    {
        // Arrange
        var shipped = MeasureCatalogFile.Default.Select(m => "measures/" + m.Id).ToHashSet(StringComparer.Ordinal);

        // Act
        var listed = await Reader.ListMeasuresAsync(new ListMeasuresRequest { PageSize = 1000 });

        // Assert
        var seeded = listed.Measures.Where(m => shipped.Contains(m.Name)).ToList();
        Assert.Equal(shipped.Count, seeded.Count);
        Assert.All(seeded, m => Assert.Equal(("system", "system"), (m.Creator, m.Updater)));
    }
}
