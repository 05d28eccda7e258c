using Conflict.Claims.Documents;
using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Grpc.Core;

namespace Conflict.Claims.Tests.Rpc;

/// <summary>Documents through the real transport.</summary>
public sealed class DocumentRpcTests(ClaimsServices services) : IClassFixture<ClaimsServices>
{
    private ClaimsService.ClaimsServiceClient Client => services.Claims;

    [Fact]
    public async Task CreateDocument_SameTextTwice_OneDocument()
    {
        // Arrange
        var text = $"A text written for this test, number {Guid.NewGuid():N}.";

        // Act
        var first = await Client.CreateDocumentAsync(new CreateDocumentRequest { Document = Samples.Article(text) });
        var second = await Client.CreateDocumentAsync(new CreateDocumentRequest { Document = Samples.Article(text, publisher: "Another Outlet") });
        var read = await Client.GetDocumentAsync(new GetDocumentRequest { Name = first.Name });

        // Assert
        Assert.Equal(first.Name, second.Name);
        Assert.Equal(DocumentMapping.Sha256Of(text), first.Sha256);
        Assert.Equal(text, read.Text);
        Assert.Equal("Test Wire", read.Publisher);
    }

    [Fact]
    public async Task ListDocuments_ByPublisher_PagesOldestFirstWithoutText()
    {
        // Arrange
        var publisher = "Outlet " + Guid.NewGuid().ToString("N")[..8];
        var created = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            created.Add((await Client.NewDocumentAsync(publisher: publisher)).Name);
        }

        // Act
        var first = await Client.ListDocumentsAsync(new ListDocumentsRequest { Publisher = publisher, PageSize = 2 });
        var last = await Client.ListDocumentsAsync(new ListDocumentsRequest { Publisher = publisher, PageSize = 2, PageToken = first.NextPageToken });

        // Assert
        Assert.Equal(created, first.Documents.Concat(last.Documents).Select(d => d.Name));
        Assert.All(first.Documents, d => Assert.Empty(d.Text));
        Assert.Empty(last.NextPageToken);
    }

    [Fact]
    public async Task CreateDocument_MissingFields_ListsEveryProblem()
    {
        // Act
        var fields = await ViolationAssert.FieldsAsync(() => Client.CreateDocumentAsync(new CreateDocumentRequest { Document = new Document { Url = "not a url" } }).ResponseAsync);

        // Assert
        Assert.Equal(["document.language", "document.publish_time", "document.text", "document.url"], fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetDocument_Unknown_NotFound()
    {
        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() => Client.GetDocumentAsync(new GetDocumentRequest { Name = "documents/none" }).ResponseAsync);

        // Assert
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }
}
