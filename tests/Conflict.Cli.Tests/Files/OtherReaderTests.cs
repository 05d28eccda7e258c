using Conflict.Cli.Cli;
using Conflict.Cli.Files;
using Conflict.Cli.Importing;
using Conflict.Sources.V1;

namespace Conflict.Cli.Tests.Files;

public sealed class OtherReaderTests
{
    [Fact]
    public void FuseInput_HeaderNames_PickTheColumnsInAnyOrder()
    {
        // Arrange
        var tsv = "value\tnote\tseller\tisbn\n1000\tx\tAFP\tkursk/area\n800\ty\tISW\tkursk/area\n";
        // Act
        var requests = FuseInput.Read(new StringReader(tsv), ["isbn", "seller", "value"]).ToList();
        // Assert
        Assert.Equal(2, requests.Count);
        Assert.Equal(("kursk/area", "AFP", "1000"), (requests[0].Object, requests[0].Source, requests[0].Value));
    }

    [Fact]
    public void FuseInput_UnknownColumn_IsAUsageError()
    {
        // Act
        var error = Assert.Throws<CliException>(() => FuseInput.Read(new StringReader("a\tb\tc\n1\t2\t3\n"), ["object", "source", "value"]).ToList());
        // Assert
        Assert.Equal(2, error.ExitCode);
        Assert.Contains("no column 'object'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleMetadata_FlagsOverrideSidecar()
    {
        // Arrange
        var dir = Directory.CreateTempSubdirectory("conflict-cli-");
        var article = Path.Combine(dir.FullName, "a.txt");
        File.WriteAllText(article, "text");
        File.WriteAllText(Path.Combine(dir.FullName, "a.json"), """{"publisher":"AFP","published":"2024-08-13","language":"en","title":"T"}""");
        // Act
        var document = ArticleLoader.Load(article, ArticleMetadata.Empty with { Language = "fr" });
        // Assert
        Assert.Equal("AFP", document.Publisher);
        Assert.Equal("fr", document.Language);
        Assert.Equal("T", document.Title);
        Assert.Equal(new DateTime(2024, 8, 13, 0, 0, 0, DateTimeKind.Utc), document.PublishTime.ToDateTime());
        Assert.Equal([article], ArticleFiles.Expand([dir.FullName]));
        dir.Delete(recursive: true);
    }

    [Fact]
    public void SourceFile_ShortKindsAndIds_BecomeImportItems()
    {
        // Arrange
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """[{"id":"afp","displayName":"Agence France-Presse","kind":"news agency","country":"FR","aliases":[{"name":"AFP"}]},{"importKey":"k2","source":{"displayName":"DeepState","kind":"SOURCE_KIND_OSINT_GROUP"}}]""");
        // Act
        var items = SourceFileReader.Read(path);
        // Assert
        Assert.Equal(("source:afp", "afp", SourceKind.NewsAgency), (items[0].ImportKey, items[0].SourceId, items[0].Source.Kind));
        Assert.Equal("AFP", items[0].Source.Aliases.Single().Name);
        Assert.Equal(("k2", SourceKind.OsintGroup), (items[1].ImportKey, items[1].Source.Kind));
        File.Delete(path);
    }
}
