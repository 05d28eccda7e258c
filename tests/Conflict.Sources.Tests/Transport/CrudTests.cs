using Conflict.ServiceDefaults;
using Conflict.Sources.Tests.Support;
using Conflict.Sources.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Conflict.Sources.Tests.Transport;

/// <summary>Create, Get, Update, Delete and Undelete through the real transport and a SQLite file.</summary>
public sealed class CrudTests(SourcesHost host) : IClassFixture<SourcesHost>
{
    [Fact]
    public async Task CreateSource_ThenGet_ReturnsTheStoredSource()
    {
        // Arrange
        var client = host.Client();
        var id = "brig-" + TestSources.Unique();
        var source = TestSources.Person("Petra Brig " + id, "UA", "ua", "P. Brig " + id);
        source.PriorGrade = ReliabilityGrade.B;
        source.Description = "An invented brigade commander.";
        // Act
        var created = await client.CreateSourceAsync(new CreateSourceRequest { Source = source, SourceId = id });
        var fetched = await client.GetSourceAsync(new GetSourceRequest { Name = created.Name });
        // Assert
        Assert.Equal("sources/" + id, created.Name);
        Assert.Equal(created, fetched);
        Assert.Equal(source.DisplayName, fetched.DisplayName);
        Assert.Equal("P. Brig " + id, Assert.Single(fetched.Aliases).Name);
        Assert.True(fetched.Person);
        Assert.Equal(ReliabilityGrade.B, fetched.PriorGrade);
        Assert.NotNull(fetched.CreateTime);
        Assert.Null(fetched.DeleteTime);
        Assert.NotEmpty(fetched.Etag);
    }

    [Fact]
    public async Task CreateSource_WithoutId_GeneratesOne()
    {
        // Arrange
        var client = host.Client();
        // Act
        var created = await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Body("Outlet " + TestSources.Unique(), SourceKind.NewsOutlet, "FR") });
        // Assert
        Assert.Matches("^sources/[0-9a-f]{32}$", created.Name);
    }

    [Fact]
    public async Task CreateSource_ExistingId_IsAlreadyExists()
    {
        // Arrange
        var client = host.Client();
        var id = "dup-" + TestSources.Unique();
        await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Body("First " + id, SourceKind.NewsOutlet, "FR"), SourceId = id });
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.AlreadyExists, async () =>
            await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Body("Second " + id, SourceKind.NewsOutlet, "FR"), SourceId = id }));
        // Assert
        Assert.Equal("sources/" + id, error.GetErrorInfo()?.Metadata["resource"]);
    }

    [Fact]
    public async Task GetSource_Unknown_IsNotFound()
    {
        // Arrange
        var client = host.Client();
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await client.GetSourceAsync(new GetSourceRequest { Name = "sources/never-created" }));
        // Assert
        Assert.Equal("RESOURCE_NOT_FOUND", error.GetErrorInfo()?.Reason);
    }

    [Fact]
    public async Task UpdateSource_WithMask_ChangesOnlyMaskedFieldsAndEtag()
    {
        // Arrange
        var client = host.Client();
        var id = "upd-" + TestSources.Unique();
        var created = await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Body("Desk " + id, SourceKind.NewsOutlet, "FR"), SourceId = id });
        var patch = new Source { Name = created.Name, Description = "Now described.", Country = "DE", Etag = created.Etag };
        // Act
        var updated = await client.UpdateSourceAsync(new UpdateSourceRequest { Source = patch, UpdateMask = new FieldMask { Paths = { "description" } } });
        // Assert
        Assert.Equal("Now described.", updated.Description);
        Assert.Equal("FR", updated.Country);
        Assert.NotEqual(created.Etag, updated.Etag);
        Assert.Equal(created.CreateTime, updated.CreateTime);
    }

    [Fact]
    public async Task UpdateSource_EmptyMask_ChangesPopulatedFields()
    {
        // Arrange
        var client = host.Client();
        var id = "upe-" + TestSources.Unique();
        var created = await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Body("Desk " + id, SourceKind.NewsOutlet, "FR"), SourceId = id });
        // Act
        var updated = await client.UpdateSourceAsync(new UpdateSourceRequest { Source = new Source { Name = created.Name, Country = "BE", AlignedParty = "ua" } });
        // Assert
        Assert.Equal(("BE", "ua", created.DisplayName), (updated.Country, updated.AlignedParty, updated.DisplayName));
    }

    [Fact]
    public async Task UpdateSource_StaleEtag_IsAbortedAndChangesNothing()
    {
        // Arrange
        var client = host.Client();
        var id = "etag-" + TestSources.Unique();
        var created = await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Body("Desk " + id, SourceKind.NewsOutlet, "FR"), SourceId = id });
        await client.UpdateSourceAsync(new UpdateSourceRequest { Source = new Source { Name = created.Name, Description = "first writer", Etag = created.Etag } });
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.Aborted, async () =>
            await client.UpdateSourceAsync(new UpdateSourceRequest { Source = new Source { Name = created.Name, Description = "second writer", Etag = created.Etag } }));
        var after = await client.GetSourceAsync(new GetSourceRequest { Name = created.Name });
        // Assert
        Assert.Equal("ETAG_MISMATCH", error.GetErrorInfo()?.Reason);
        Assert.Equal("first writer", after.Description);
    }

    [Fact]
    public async Task DeleteSource_ThenUndelete_IsSoftAndReversible()
    {
        // Arrange
        var client = host.Client();
        var id = "del-" + TestSources.Unique();
        var created = await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Body("Desk " + id, SourceKind.NewsOutlet, "FR"), SourceId = id });
        // Act
        var deleted = await client.DeleteSourceAsync(new DeleteSourceRequest { Name = created.Name, Etag = created.Etag });
        var stillThere = await client.GetSourceAsync(new GetSourceRequest { Name = created.Name });
        var listed = await client.ListSourcesAsync(new ListSourcesRequest { NamePrefix = "Desk " + id });
        var listedWithDeleted = await client.ListSourcesAsync(new ListSourcesRequest { NamePrefix = "Desk " + id, ShowDeleted = true });
        var again = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () => await client.DeleteSourceAsync(new DeleteSourceRequest { Name = created.Name }));
        var restored = await client.UndeleteSourceAsync(new UndeleteSourceRequest { Name = created.Name });
        // Assert
        Assert.NotNull(deleted.DeleteTime);
        Assert.NotNull(stillThere.DeleteTime);
        Assert.Empty(listed.Sources);
        Assert.Single(listedWithDeleted.Sources);
        Assert.Null(restored.DeleteTime);
        Assert.Equal("SOURCE_STATE", again.GetErrorInfo()?.Reason);
    }

    [Fact]
    public async Task DeleteSource_StaleEtag_IsAborted()
    {
        // Arrange
        var client = host.Client();
        var id = "dele-" + TestSources.Unique();
        var created = await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Body("Desk " + id, SourceKind.NewsOutlet, "FR"), SourceId = id });
        await client.UpdateSourceAsync(new UpdateSourceRequest { Source = new Source { Name = created.Name, Description = "changed" } });
        // Act
        // Assert
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () => await client.DeleteSourceAsync(new DeleteSourceRequest { Name = created.Name, Etag = created.Etag }));
    }

    [Theory]
    [InlineData("delete")]
    [InlineData("undelete")]
    [InlineData("update")]
    public async Task Write_UnknownSource_IsNotFound(string operation)
    {
        // Arrange
        var client = host.Client();
        const string Name = "sources/nobody-here";
        // Act
        Func<Task> call = operation switch
        {
            "delete" => async () => await client.DeleteSourceAsync(new DeleteSourceRequest { Name = Name }),
            "undelete" => async () => await client.UndeleteSourceAsync(new UndeleteSourceRequest { Name = Name }),
            _ => async () => await client.UpdateSourceAsync(new UpdateSourceRequest { Source = new Source { Name = Name, Description = "x" } }),
        };
        // Assert
        await RpcAssert.FailsAsync(StatusCode.NotFound, call);
    }
}
