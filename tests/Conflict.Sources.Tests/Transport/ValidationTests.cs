using Conflict.ServiceDefaults;
using Conflict.Sources.Tests.Support;
using Conflict.Sources.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Conflict.Sources.Tests.Transport;

/// <summary>Bad sources on create and update: the code, and BadRequest field violations listing every problem at once.</summary>
public sealed class ValidationTests(SourcesHost host) : IClassFixture<SourcesHost>
{
    [Fact]
    public async Task CreateSource_ManyBadFields_ListsEveryViolation()
    {
        // Arrange
        var client = host.Client();
        var source = new Source
        {
            DisplayName = " ",
            Kind = (SourceKind)99,
            Country = "Ukraine",
            AlignedParty = "UA",
            Parent = "parents/x",
            PriorGrade = (ReliabilityGrade)42,
            Aliases = { new Alias { Name = "" }, new Alias { Name = "Fine", Language = "english!" } },
        };
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () =>
            await client.CreateSourceAsync(new CreateSourceRequest { Source = source, SourceId = "Bad_Id" }));
        // Assert
        Assert.Equal(
            ["source.aliases[0].name", "source.aliases[1].language", "source.aligned_party", "source.country", "source.display_name",
             "source.kind", "source.parent", "source.prior_grade", "source_id"],
            RpcAssert.Fields(error));
        Assert.Equal("INVALID_ARGUMENT", error.GetErrorInfo()?.Reason);
    }

    [Fact]
    public async Task CreateSource_MissingSource_IsInvalid()
    {
        // Arrange
        var client = host.Client();
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await client.CreateSourceAsync(new CreateSourceRequest()));
        // Assert
        Assert.Equal(["source"], RpcAssert.Fields(error));
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("ua")]
    [InlineData("UKR")]
    public async Task CreateSource_MalformedCountry_IsInvalid(string country)
    {
        // Arrange
        var client = host.Client();
        var source = TestSources.Body("Somewhere " + TestSources.Unique(), SourceKind.NewsOutlet, country);
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await client.CreateSourceAsync(new CreateSourceRequest { Source = source }));
        // Assert
        Assert.Equal(["source.country"], RpcAssert.Fields(error));
    }

    [Fact]
    public async Task CreateSource_UnspecifiedKind_IsInvalid()
    {
        // Arrange
        var client = host.Client();
        var source = new Source { DisplayName = "No kind " + TestSources.Unique() };
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await client.CreateSourceAsync(new CreateSourceRequest { Source = source }));
        // Assert
        Assert.Equal(["source.kind"], RpcAssert.Fields(error));
    }

    [Fact]
    public async Task CreateSource_AliasOfAnotherSource_IsAlreadyExistsNamingIt()
    {
        // Arrange
        var client = host.Client();
        var suffix = TestSources.Unique();
        var owner = await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Person("Olena Vark " + suffix, "UA", "ua", "Vark " + suffix), SourceId = "vark-" + suffix });
        var thief = TestSources.Person("Other Person " + suffix, "UA", "ua", "Fine alias " + suffix, "VARK " + suffix, "olena vark " + suffix);
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.AlreadyExists, async () =>
            await client.CreateSourceAsync(new CreateSourceRequest { Source = thief, SourceId = "thief-" + suffix }));
        var notCreated = await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await client.GetSourceAsync(new GetSourceRequest { Name = "sources/thief-" + suffix }));
        // Assert
        Assert.Equal("ALIAS_ALREADY_USED", error.GetErrorInfo()?.Reason);
        Assert.Equal(owner.Name, error.GetErrorInfo()?.Metadata["other_sources"]);
        Assert.Contains(owner.Name, error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(["source.aliases[1].name", "source.aliases[2].name"], RpcAssert.Fields(error));
        Assert.NotNull(notCreated);
    }

    [Fact]
    public async Task UpdateSource_ParentCycle_IsInvalidAndChangesNothing()
    {
        // Arrange
        var client = host.Client();
        var suffix = TestSources.Unique();
        var top = await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Body("Top " + suffix, SourceKind.GovernmentBody, "UA"), SourceId = "top-" + suffix });
        var middleSource = TestSources.Body("Middle " + suffix, SourceKind.Military, "UA");
        middleSource.Parent = top.Name;
        var middle = await client.CreateSourceAsync(new CreateSourceRequest { Source = middleSource, SourceId = "mid-" + suffix });
        var bottomSource = TestSources.Person("Bottom " + suffix, "UA", "ua");
        bottomSource.Parent = middle.Name;
        var bottom = await client.CreateSourceAsync(new CreateSourceRequest { Source = bottomSource, SourceId = "bot-" + suffix });
        // Act
        var cycle = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () =>
            await client.UpdateSourceAsync(new UpdateSourceRequest { Source = new Source { Name = top.Name, Parent = bottom.Name } }));
        var self = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () =>
            await client.UpdateSourceAsync(new UpdateSourceRequest { Source = new Source { Name = top.Name, Parent = top.Name } }));
        var after = await client.GetSourceAsync(new GetSourceRequest { Name = top.Name });
        // Assert
        Assert.Equal(["source.parent"], RpcAssert.Fields(cycle));
        Assert.Equal(["source.parent"], RpcAssert.Fields(self));
        Assert.Contains("cycle", cycle.GetBadRequest()!.FieldViolations[0].Description, StringComparison.Ordinal);
        Assert.Empty(after.Parent);
        Assert.Equal(top.Etag, after.Etag);
    }

    [Fact]
    public async Task CreateSource_UnknownParent_IsInvalid()
    {
        // Arrange
        var client = host.Client();
        var source = TestSources.Person("Orphan " + TestSources.Unique(), "UA", "ua");
        source.Parent = "sources/no-such-parent";
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await client.CreateSourceAsync(new CreateSourceRequest { Source = source }));
        // Assert
        Assert.Equal(["source.parent"], RpcAssert.Fields(error));
    }

    [Fact]
    public async Task UpdateSource_UnknownMaskPathAndBadName_ListsBoth()
    {
        // Arrange
        var client = host.Client();
        var request = new UpdateSourceRequest { Source = new Source { Name = "people/1" }, UpdateMask = new FieldMask { Paths = { "display_name", "shoe_size" } } };
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await client.UpdateSourceAsync(request));
        // Assert
        Assert.Equal(["source.name", "update_mask"], RpcAssert.Fields(error));
    }

    [Fact]
    public async Task UpdateSource_ClearingDisplayNameWithMask_IsInvalid()
    {
        // Arrange
        var client = host.Client();
        var id = "clear-" + TestSources.Unique();
        var created = await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Body("Clear " + id, SourceKind.NewsOutlet, "FR"), SourceId = id });
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () =>
            await client.UpdateSourceAsync(new UpdateSourceRequest { Source = new Source { Name = created.Name }, UpdateMask = new FieldMask { Paths = { "display_name", "kind" } } }));
        // Assert
        Assert.Equal(["source.display_name", "source.kind"], RpcAssert.Fields(error));
    }
}
