using Conflict.Extraction.Catalog;
using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Conflict.Claims.Tests.Rpc;

/// <summary>ExtractClaims and IngestDocument through the real transport, with the real extractor and Sources.</summary>
public sealed class IngestRpcTests(ClaimsServices services) : IClassFixture<ClaimsServices>
{
    private const string Text = "Zelensky said on Monday that Ukrainian troops controlled more than 1,000 square kilometres in the Kursk region.";

    private ClaimsService.ClaimsServiceClient Client => services.Claims;

    [Fact]
    public async Task ExtractClaims_ArticleSentence_ClaimWithResolvedClaimantNothingStored()
    {
        // Act
        var response = await Client.ExtractClaimsAsync(new ExtractClaimsRequest
        {
            Text = Text,
            Language = "en",
            PublishTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2024, 8, 21, 9, 0, 0, TimeSpan.Zero)),
            Publisher = "Test Wire",
        });

        // Assert
        var claim = Assert.Single(response.Claims);
        Assert.Equal("measures/area_controlled", claim.Measure);
        Assert.Equal("sources/zelensky", claim.Claimant);
        Assert.Equal(1000, claim.NormalizedQuantity.Low);
        Assert.Equal(ClaimOrigin.Extractor, claim.Origin);
        Assert.Empty(claim.Name);
        Assert.Equal(Text.Substring(claim.QuoteStart, claim.QuoteEnd - claim.QuoteStart), claim.Quote);
    }

    [Fact]
    public async Task ExtractClaims_ServiceCatalog_ExtractsAsTheShippedLibraryDoes()
    {
        // Arrange: the service builds its extractor from the database catalog, which must keep the grammar.
        const string Article = "Kyiv said on Tuesday that its forces had taken more than 300 Russian soldiers prisoner near Sudzha, in the Kursk region.";
        var published = new DateOnly(2024, 8, 21);
        var library = new Conflict.Extraction.ClaimExtractor(Conflict.Extraction.Catalog.MeasureCatalogFile.Default)
            .Extract(Article, "en", published, "Test Wire");
        // Act
        var response = await Client.ExtractClaimsAsync(new ExtractClaimsRequest
        {
            Text = Article,
            Language = "en",
            PublishTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)),
            Publisher = "Test Wire",
        });
        // Assert
        Assert.NotEmpty(library);
        Assert.Equal(library.Select(c => ("measures/" + c.Measure, c.Party)), response.Claims.Select(c => (c.Measure, c.Scope.Party)));
    }

    [Fact]
    public async Task IngestDocument_ValidateOnly_ReportsClaimsStoresNothing()
    {
        // Arrange
        var document = Samples.Article(Text + $" Ref {Guid.NewGuid():N}.");

        // Act
        var response = await Client.IngestDocumentAsync(new IngestDocumentRequest { Document = document, ValidateOnly = true });
        var list = await Client.ListDocumentsAsync(new ListDocumentsRequest { Publisher = document.Publisher, PageSize = 1000 });

        // Assert
        Assert.Single(response.Claims);
        Assert.False(response.AlreadyIngested);
        Assert.DoesNotContain(list.Documents, d => d.Sha256 == response.Document.Sha256);
        Assert.Empty(await Client.ListAllAsync(new ListClaimsRequest { Document = response.Document.Name }));
    }

    [Fact]
    public async Task IngestDocument_Twice_StoresDocumentAndClaimsOnce()
    {
        // Arrange
        var document = Samples.Article(Text + $" Ref {Guid.NewGuid():N}.");

        // Act
        var first = await Client.IngestDocumentAsync(new IngestDocumentRequest { Document = document });
        var second = await Client.IngestDocumentAsync(new IngestDocumentRequest { Document = document });

        // Assert
        var claim = Assert.Single(first.Claims);
        Assert.Equal(first.Document.Name, claim.Document);
        Assert.True(second.AlreadyIngested);
        Assert.Equal(first.Document.Name, second.Document.Name);
        Assert.Equal([claim.Name], second.Claims.Select(c => c.Name));
        Assert.Equal([claim.Name], (await Client.ListAllAsync(new ListClaimsRequest { Document = first.Document.Name })).Select(c => c.Name));
    }

    [Fact]
    public async Task IngestDocument_NoText_InvalidArgument()
    {
        // Act
        var fields = await ViolationAssert.FieldsAsync(() => Client.IngestDocumentAsync(new IngestDocumentRequest { Document = Samples.Article("") }).ResponseAsync);

        // Assert
        Assert.Equal(["document.text"], fields);
    }

    [Fact]
    public async Task ExtractClaims_UnknownLanguageFutureDateAndBinaryText_EveryViolation()
    {
        // Arrange
        var request = new ExtractClaimsRequest
        {
            Text = "\0\u0001\u0002 binary \0",
            Language = "de",
            PublishTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(30)),
        };

        // Act
        var fields = await ViolationAssert.FieldsAsync(() => Client.ExtractClaimsAsync(request).ResponseAsync);

        // Assert
        Assert.Equal(["language", "publish_time", "text"], fields);
    }

    [Fact]
    public async Task ExtractClaims_TenMegabytes_ResourceExhaustedNotAHang()
    {
        // Arrange: beyond the 4 MiB message limit of the transport.
        var request = new ExtractClaimsRequest { Text = new string('a', 10 * 1024 * 1024), Language = "en", PublishTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow) };

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Client.ExtractClaimsAsync(request));

        // Assert
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task ExtractClaims_NothingOfInterest_EmptyList()
    {
        // Act
        var response = await Client.ExtractClaimsAsync(new ExtractClaimsRequest
        {
            Text = "The bakery on the corner opened in 1998 and its owner, now 64, still rises at five.",
            Language = "en",
            PublishTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
        });

        // Assert
        Assert.Empty(response.Claims);
    }
}
