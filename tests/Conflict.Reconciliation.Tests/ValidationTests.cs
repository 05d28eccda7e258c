using Conflict.Reconciliation.V1;
using Conflict.ServiceDefaults;
using Grpc.Core;

namespace Conflict.Reconciliation.Tests;

public sealed class ValidationTests(Suite suite) : IClassFixture<Suite>
{
    [Fact]
    public async Task GetTimeline_BadFields_ReturnsEveryViolation()
    {
        // Arrange
        var request = new GetTimelineRequest { Variable = "area controlled", StartDate = "2024-13-01", EndDate = "yesterday", Method = (Method)42 };
        // Act
        var error = await Assert.ThrowsAsync<RpcException>(async () => await suite.ReconciliationClient.GetTimelineAsync(request));
        // Assert
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.GetBadRequest()!.FieldViolations.Select(v => v.Field).ToList();
        Assert.Equal(["variable", "start_date", "end_date", "method"], fields);
    }

    [Fact]
    public async Task GetTimeline_VariableWithoutClaims_ReturnsNotFound()
    {
        // Act
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await suite.ReconciliationClient.GetTimelineAsync(new GetTimelineRequest { Variable = "area_controlled/ua/RU-ZZZ" }));
        // Assert
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("timelines/area_controlled/ua/RU-ZZZ", error.GetErrorInfo()!.Metadata.Values.First());
    }

    [Fact]
    public async Task ListVariables_NegativePageSizeOrForeignToken_ReturnsInvalidArgument()
    {
        // Arrange
        var first = await suite.ReconciliationClient.ListVariablesAsync(new ListVariablesRequest { Measure = "area_controlled", PageSize = 1 });
        var token = PageToken.Encode("area_controlled/ua/RU-KRS", "area_controlled");
        // Act
        var negative = await Assert.ThrowsAsync<RpcException>(async () =>
            await suite.ReconciliationClient.ListVariablesAsync(new ListVariablesRequest { PageSize = -1 }));
        var foreign = await Assert.ThrowsAsync<RpcException>(async () =>
            await suite.ReconciliationClient.ListVariablesAsync(new ListVariablesRequest { Measure = "prisoners_taken", PageToken = token }));
        // Assert
        Assert.Empty(first.NextPageToken);
        Assert.Equal("page_size", Assert.Single(negative.GetBadRequest()!.FieldViolations).Field);
        Assert.Equal("page_token", Assert.Single(foreign.GetBadRequest()!.FieldViolations).Field);
    }

    [Fact]
    public async Task ExplainEstimate_MissingDate_ReturnsInvalidArgument()
    {
        // Act
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await suite.ReconciliationClient.ExplainEstimateAsync(new ExplainEstimateRequest { Variable = "area_controlled/ua/RU-KRS" }));
        // Assert
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("date", Assert.Single(error.GetBadRequest()!.FieldViolations).Field);
    }

    [Fact]
    public async Task FuseClaims_EmptyFields_ReturnsInvalidArgumentNamingTheRows()
    {
        // Arrange
        using var call = suite.ReconciliationClient.FuseClaims();
        await call.RequestStream.WriteAsync(new FuseClaimsRequest { Rows = { new FuseClaimsRow { Object = "a", Source = "s1", Value = "1" } } });
        await call.RequestStream.WriteAsync(new FuseClaimsRequest { Rows = { new FuseClaimsRow { Object = "", Source = "s2", Value = "2" } } });
        await call.RequestStream.CompleteAsync();
        // Act
        var error = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseAsync);
        // Assert
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("rows[1]", Assert.Single(error.GetBadRequest()!.FieldViolations).Field);
    }
}
