using Conflict.Gateway.Backends;
using Conflict.Gateway.Rpc;
using Conflict.Reconciliation.V1;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Conflict.Gateway.Tests;

public sealed class QueryBinderTests
{
    private static readonly RpcRoute TimelineRoute = new("GET", "/v1/timelines/{variable}", Backend.Reconciliation,
        ReconciliationService.Descriptor.FindMethodByName("GetTimeline"), null, [PathBinding.Parse("variable={variable}")]);

    private static QueryCollection Query(params (string Key, string Value)[] pairs)
        => new(pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => new StringValues([.. g.Select(p => p.Value)])));

    [Fact]
    public void Bind_JsonAndProtoNames_SetFields()
    {
        // Act
        var request = (GetTimelineRequest)QueryBinder.Bind(TimelineRoute, Query(("startDate", "2024-08-01"), ("end_date", "2024-08-31"), ("dailyGrid", "true"), ("method", "METHOD_MEDIAN")));
        // Assert
        Assert.Equal("2024-08-01", request.StartDate);
        Assert.Equal("2024-08-31", request.EndDate);
        Assert.True(request.DailyGrid);
        Assert.Equal(Method.Median, request.Method);
    }

    [Fact]
    public void Bind_EnumNumber_SetsEnum()
    {
        // Act
        var request = (GetTimelineRequest)QueryBinder.Bind(TimelineRoute, Query(("method", "2")));
        // Assert
        Assert.Equal(Method.Mean, request.Method);
    }

    [Fact]
    public void Bind_PathBoundField_IsRejected()
    {
        // Act
        var e = Assert.Throws<RequestBindingException>(() => QueryBinder.Bind(TimelineRoute, Query(("variable", "x/y/z"))));
        // Assert
        Assert.Equal("variable", e.Field);
    }

    [Fact]
    public void Bind_BadBool_IsRejected()
    {
        // Act
        var e = Assert.Throws<RequestBindingException>(() => QueryBinder.Bind(TimelineRoute, Query(("dailyGrid", "maybe"))));
        // Assert
        Assert.Equal("dailyGrid", e.Field);
    }

    [Fact]
    public void PathBinding_Render_FillsFormat()
    {
        // Arrange
        var binding = PathBinding.Parse("source.name=sources/{source}");
        // Act
        var value = binding.Render(name => name == "source" ? "isw" : null);
        // Assert
        Assert.Equal("sources/isw", value);
        Assert.Equal("source", binding.TopField);
    }
}
