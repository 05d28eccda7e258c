using Conflict.Grpc;

namespace Conflict.Interop.Client;

/// <summary>Runs the chosen cases in order against one server and prints <c>PASS name</c> / <c>FAIL name: reason</c>.</summary>
internal static class InteropClient
{
    private static readonly (string Name, Func<InteropContext, Task> Run)[] Cases =
    [
        ("empty_unary", StreamingCases.EmptyUnary),
        ("large_unary", StreamingCases.LargeUnary),
        ("client_compressed_unary", StreamingCases.ClientCompressedUnary),
        ("server_compressed_unary", StreamingCases.ServerCompressedUnary),
        ("client_streaming", StreamingCases.ClientStreaming),
        ("server_streaming", StreamingCases.ServerStreaming),
        ("ping_pong", StreamingCases.PingPong),
        ("empty_stream", StreamingCases.EmptyStream),
        ("timeout_on_sleeping_server", StatusCases.TimeoutOnSleepingServer),
        ("cancel_after_begin", StatusCases.CancelAfterBegin),
        ("cancel_after_first_response", StatusCases.CancelAfterFirstResponse),
        ("status_code_and_message", StatusCases.StatusCodeAndMessage),
        ("special_status_message", StatusCases.SpecialStatusMessage),
        ("custom_metadata", StatusCases.CustomMetadata),
        ("unimplemented_method", StatusCases.UnimplementedMethod),
        ("unimplemented_service", StatusCases.UnimplementedService),
        ("rich_error_details", ExtraCases.RichErrorDetails),
        ("health_check", ExtraCases.HealthCheck),
        ("health_watch", ExtraCases.HealthWatch),
        ("reflection_v1alpha", ExtraCases.ReflectionV1Alpha),
        ("reflection_v1", ExtraCases.ReflectionV1),
        ("max_message_size", StressCases.MaxMessageSize),
        ("concurrent_large_unary", StressCases.ConcurrentLargeUnary),
        ("all_status_codes", StressCases.AllStatusCodes),
        ("flow_control_streaming", StressCases.FlowControlStreaming),
        ("concurrent_streams", StressCases.ConcurrentStreams),
        ("early_status", StressCases.EarlyStatus),
        ("response_cardinality", StatusCases.ResponseCardinality),
    ];

    public static async Task<int> RunAsync(InteropArguments args)
    {
        var names = (args.Cases ?? Cases.Select(c => c.Name)).Except(args.Skip).ToList();
        var unknown = names.Concat(args.Skip).Where(n => Cases.All(c => c.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"unknown cases: {string.Join(", ", unknown)} (known: {string.Join(", ", Cases.Select(c => c.Name))})").ConfigureAwait(false);
            return 2;
        }
        var address = new Uri($"http://{args.Host}:{args.Port}");
        using var channel = GrpcChannel.ForAddress(address);
        using var gzipChannel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { CompressionEncoding = "gzip" });
        var invoker = channel.CreateCallInvoker();
        var context = new InteropContext(new TestServiceClient(invoker), new TestServiceClient(gzipChannel.CreateCallInvoker()), invoker, args.CompressedRequestProbe);
        var failed = 0;
        foreach (var name in names)
        {
            var reason = await RunCaseAsync(Cases.First(c => c.Name == name).Run, context).ConfigureAwait(false);
            Console.WriteLine(reason is null ? $"PASS {name}" : $"FAIL {name}: {reason}");
            failed += reason is null ? 0 : 1;
        }
        return failed == 0 ? 0 : 1;
    }

    private static async Task<string?> RunCaseAsync(Func<InteropContext, Task> run, InteropContext context)
    {
        try
        {
            await run(context).ConfigureAwait(false);
            return null;
        }
        catch (InteropFailure e)
        {
            return Flat(e.Message);
        }
        catch (RpcException e)
        {
            return Flat($"RpcException {e.StatusCode}: {e.Status.Detail}");
        }
#pragma warning disable CA1031 // A case fails on any exception; the run goes on with the next case.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Flat($"{e.GetType().Name}: {e.Message}");
        }
    }

    private static string Flat(string text) => text.ReplaceLineEndings("\\n");
}
