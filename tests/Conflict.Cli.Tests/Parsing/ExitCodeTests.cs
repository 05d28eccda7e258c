using Conflict.Reconciliation.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Conflict.Cli.Tests.Parsing;

public sealed class ExitCodeTests
{
    [Fact]
    public async Task Run_NoCommand_ExitsWithUsage()
    {
        // Act
        var run = await CliRun.RunAsync(null);
        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Required command was not provided", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timelin")]
    [InlineData("timeline", "x", "--format", "bad")]
    [InlineData("claims")]
    [InlineData("claims", "add", "--measure", "area_controlled")]
    [InlineData("bench", "--calls", "many")]
    public async Task Run_BadArguments_ExitsWithUsageOnStderr(params string[] args)
    {
        // Act
        var run = await CliRun.RunAsync(null, args);
        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Err, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("timeline", "area_controlled/ua/RU-KRS", "--from", "13/08/2024")]
    [InlineData("timeline", "area_controlled/ua/RU-KRS", "--method", "vote")]
    [InlineData("--server", "ftp://host", "conflicts")]
    [InlineData("--server", "mars=http://127.0.0.1:1", "conflicts")]
    public async Task Run_BadValuesFoundByTheCommand_ExitsWithUsage(params string[] args)
    {
        // Act
        var run = await CliRun.RunAsync(new FakeCallInvoker(), args);
        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ServerRejectsWithFieldViolations_ExitsWithServerErrorListingEveryViolation()
    {
        // Arrange
        var rich = new Google.Rpc.Status { Code = (int)Code.InvalidArgument, Message = "The request has 2 invalid fields." };
        rich.Details.Add(Any.Pack(new ErrorInfo { Reason = "INVALID_TIMELINE_REQUEST", Domain = "conflict" }));
        var badRequest = new BadRequest();
        badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = "variable", Description = "unknown measure 'areas'" });
        badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = "start_date", Description = "after end_date" });
        rich.Details.Add(Any.Pack(badRequest));
        var invoker = new FakeCallInvoker().On<GetTimelineRequest, Timeline>("GetTimeline", _ => throw rich.ToRpcException());
        // Act
        var run = await CliRun.RunAsync(invoker, "timeline", "areas/ua/RU-KRS");
        // Assert
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("error: INVALID_ARGUMENT: The request has 2 invalid fields.", run.Err, StringComparison.Ordinal);
        Assert.Contains("reason: INVALID_TIMELINE_REQUEST (conflict)", run.Err, StringComparison.Ordinal);
        Assert.Contains("variable: unknown measure 'areas'", run.Err, StringComparison.Ordinal);
        Assert.Contains("start_date: after end_date", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ServiceUnavailable_ExitsWithServerError()
    {
        // Arrange
        var invoker = new FakeCallInvoker().On<ListConflictsRequest, ListConflictsResponse>("ListConflicts",
            _ => throw new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "connection refused")));
        // Act
        var run = await CliRun.RunAsync(invoker, "conflicts");
        // Assert
        Assert.Equal(3, run.ExitCode);
        Assert.Equal("error: UNAVAILABLE: connection refused", run.Err.Trim());
    }

    [Fact]
    public async Task Run_MissingFile_ExitsWithError()
    {
        // Act
        var run = await CliRun.RunAsync(new FakeCallInvoker(), "claims", "import", "/no/such/claims.csv");
        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such file", run.Err, StringComparison.Ordinal);
    }
}
