using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Conflict.Claims.Tests.Rpc;

/// <summary>The measure catalog through the real transport.</summary>
public sealed class MeasureRpcTests(ClaimsServices services) : IClassFixture<ClaimsServices>
{
    private ClaimsService.ClaimsServiceClient Client => services.Claims;

    [Fact]
    public async Task GetMeasure_ShippedMeasure_HasUnitKindRangeAndAliases()
    {
        // Act
        var measure = await Client.GetMeasureAsync(new GetMeasureRequest { Name = "measures/area_controlled" });

        // Assert
        Assert.Equal("km2", measure.Unit);
        Assert.Equal(MeasureKind.Level, measure.Kind);
        Assert.Equal(0, measure.MinValue);
        Assert.Contains(measure.UnitAliases, a => a.Factor > 2.58 && a.Factor < 2.6);
        Assert.Contains(measure.DisplayNames, t => t.Language == "fr");
    }

    [Fact]
    public async Task ListMeasures_PageSizeThree_PagesThroughCatalogInIdOrder()
    {
        // Act
        var names = new List<string>();
        var token = "";
        do
        {
            var page = await Client.ListMeasuresAsync(new ListMeasuresRequest { PageSize = 3, PageToken = token });
            Assert.True(page.Measures.Count <= 3);
            names.AddRange(page.Measures.Select(m => m.Name));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        // Assert
        Assert.Contains("measures/localities_controlled", names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task CreateMeasure_NewMeasure_UsableByClaims()
    {
        // Arrange
        var id = "drones_downed_" + Guid.NewGuid().ToString("N")[..6];
        var measure = new Measure { Unit = "count", Kind = MeasureKind.Cumulative, MinValue = 0, Description = "Drones shot down." };
        measure.DisplayNames.Add(new LocalizedText { Language = "en", Text = "Drones downed" });
        var claimant = await services.NewClaimantAsync();

        // Act
        var created = await Client.CreateMeasureAsync(new CreateMeasureRequest { MeasureId = id, Measure = measure });
        var claim = Samples.Area(claimant: claimant);
        claim.Measure = created.Name;
        claim.Quantity.Unit = "";
        var stored = await Client.CreateClaimAsync(new CreateClaimRequest { Claim = claim });
        var duplicate = await Assert.ThrowsAsync<RpcException>(() => Client.CreateMeasureAsync(new CreateMeasureRequest { MeasureId = id, Measure = measure }).ResponseAsync);

        // Assert
        Assert.Equal("measures/" + id, created.Name);
        Assert.Equal($"{id}/ua/RU-KRS", stored.Variable);
        Assert.Equal(StatusCode.AlreadyExists, duplicate.StatusCode);
    }

    [Fact]
    public async Task CreateMeasure_WithItsGrammar_ExtractedLikeAShippedOne()
    {
        // Arrange: a count measure with its nouns, triggers and party role, created through the API
        var id = "boats_sunk_" + Guid.NewGuid().ToString("N")[..6];
        var measure = new Measure { Unit = "count", Kind = MeasureKind.Cumulative, MinValue = 0, NounRequired = true, PartyRole = PartyRole.Own };
        measure.TriggerWords.Add(new LocalizedText { Language = "en", Text = "sunk" });
        measure.CountedNouns.Add(new LocalizedText { Language = "en", Text = "patrol boats" });
        // Act
        var created = await Client.CreateMeasureAsync(new CreateMeasureRequest { MeasureId = id, Measure = measure });
        var read = await Client.GetMeasureAsync(new GetMeasureRequest { Name = created.Name });
        var shipped = await Client.GetMeasureAsync(new GetMeasureRequest { Name = "measures/localities_controlled" });
        var extracted = await Client.ExtractClaimsAsync(new ExtractClaimsRequest
        {
            Text = "Ukraine's navy said it had sunk 7 Russian patrol boats near Crimea.",
            Language = "en",
            PublishTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2024, 8, 21, 0, 0, 0, TimeSpan.Zero)),
            Publisher = "Test Wire",
        });
        // Assert
        Assert.Equal("patrol boats", Assert.Single(read.CountedNouns).Text);
        Assert.Equal((true, PartyRole.Own), (read.NounRequired, read.PartyRole));
        Assert.Contains(shipped.CountedNouns, n => n.Language == "en" && n.Text == "villages");
        Assert.Equal(PartyRole.Holder, shipped.PartyRole);
        var claim = Assert.Single(extracted.Claims);
        Assert.Equal((created.Name, "ru", 7.0), (claim.Measure, claim.Scope.Party, claim.Quantity.Point));
    }

    [Fact]
    public async Task CreateMeasure_BadFields_ListsEveryProblem()
    {
        // Act
        var fields = await ViolationAssert.FieldsAsync(() => Client.CreateMeasureAsync(new CreateMeasureRequest
        {
            MeasureId = "Bad Id",
            Measure = new Measure { Unit = "furlongs", MinValue = 5, MaxValue = 1 },
        }).ResponseAsync);

        // Assert
        Assert.Equal(["measure.kind", "measure.min_value", "measure.unit", "measure_id"], fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UpdateMeasure_MaskedDescription_ChangesOnlyThatAndChecksEtag()
    {
        // Arrange
        var id = "test_update_" + Guid.NewGuid().ToString("N")[..6];
        var created = await Client.CreateMeasureAsync(new CreateMeasureRequest { MeasureId = id, Measure = new Measure { Unit = "km", Kind = MeasureKind.Level } });
        var patch = new Measure { Name = created.Name, Description = "Changed.", Unit = "count", Etag = created.Etag };
        var mask = new FieldMask();
        mask.Paths.Add("description");

        var before = await Client.GetMeasureAsync(new GetMeasureRequest { Name = created.Name });

        // Act
        var updated = await Client.UpdateMeasureAsync(new UpdateMeasureRequest { Measure = patch, UpdateMask = mask });
        var stale = await Assert.ThrowsAsync<RpcException>(() => Client.UpdateMeasureAsync(new UpdateMeasureRequest { Measure = patch, UpdateMask = mask }).ResponseAsync);
        var readBack = await Client.GetMeasureAsync(new GetMeasureRequest { Name = created.Name });
        var listed = (await Client.ListMeasuresAsync(new ListMeasuresRequest { PageSize = 1000 })).Measures.Single(m => m.Name == created.Name);

        // Assert: reads after the update see it, although the measure was read (and its message kept) before
        Assert.Equal("", before.Description);
        Assert.Equal(updated, readBack);
        Assert.Equal(updated, listed);
        Assert.Equal("Changed.", updated.Description);
        Assert.Equal("km", updated.Unit);
        Assert.NotEqual(created.Etag, updated.Etag);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
    }

    [Fact]
    public async Task UpdateMeasure_UnitOfMeasureInUse_FailedPrecondition()
    {
        // Arrange
        var id = "test_in_use_" + Guid.NewGuid().ToString("N")[..6];
        var created = await Client.CreateMeasureAsync(new CreateMeasureRequest { MeasureId = id, Measure = new Measure { Unit = "km", Kind = MeasureKind.Level } });
        var claim = Samples.Area(claimant: await services.NewClaimantAsync(), unit: "km");
        claim.Measure = created.Name;
        await Client.CreateClaimAsync(new CreateClaimRequest { Claim = claim });

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() => Client.UpdateMeasureAsync(new UpdateMeasureRequest { Measure = new Measure { Name = created.Name, Unit = "km2" } }).ResponseAsync);

        // Assert
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }

    [Fact]
    public async Task GetMeasure_Unknown_NotFound()
    {
        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() => Client.GetMeasureAsync(new GetMeasureRequest { Name = "measures/none" }).ResponseAsync);

        // Assert
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }
}
