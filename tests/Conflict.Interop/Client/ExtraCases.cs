using Conflict.Grpc;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Health.V1;
using Grpc.Testing;
using static Conflict.Interop.Client.InteropContext;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;
using V1 = Grpc.Reflection.V1;
using V1Alpha = Grpc.Reflection.V1Alpha;

namespace Conflict.Interop.Client;

/// <summary>Cases beyond the standard set: rich error details, health and server reflection.</summary>
internal static class ExtraCases
{
    public static async Task RichErrorDetails(InteropContext t)
    {
        var headers = new Conflict.Grpc.Metadata { { "x-conflict-rich-error", "1" } };
        var error = await Check.FailsWithAsync(Conflict.Grpc.StatusCode.InvalidArgument, async () => await t.Test.UnaryCallAsync(new SimpleRequest(), Options(headers)));
        Check.That(error.Status.Detail == "rich error requested", $"message \"{error.Status.Detail}\"");
        // Our layer lifts grpc-status-details-bin out of the trailers into RpcException.RichStatus.
        var status = error.RichStatus;
        Check.That(status is not null, "RpcException.RichStatus is null: grpc-status-details-bin missing or undecodable");
        Check.That(status!.Code == 3 && status.Message == error.Status.Detail, $"google.rpc.Status {status} disagrees with grpc-status");
        var info = status.Details.SingleOrDefault(d => d.Is(ErrorInfo.Descriptor))?.Unpack<ErrorInfo>();
        var badRequest = status.Details.SingleOrDefault(d => d.Is(BadRequest.Descriptor))?.Unpack<BadRequest>();
        Check.That(status.Details.Count == 2 && info is not null && badRequest is not null, $"details {string.Join(",", status.Details.Select(d => d.TypeUrl))}, want ErrorInfo and BadRequest");
        Check.That(info!.Type == "INTEROP_RICH_ERROR" && info.Domain == "conflict" && info.Metadata["case"] == "rich_error_details", $"ErrorInfo {info}");
        Check.That(badRequest!.FieldViolations is [{ Field: "payload", Description: "rich error requested by metadata" }], $"BadRequest {badRequest}");
    }

    public static async Task HealthCheck(InteropContext t)
    {
        var health = new HealthClient(t.Invoker);
        foreach (var service in new[] { "", "grpc.testing.TestService" })
        {
            var response = await health.CheckAsync(new HealthCheckRequest { Service = service }, Options());
            Check.That(response.Status == ServingStatus.Serving, $"Check(\"{service}\") = {response.Status}, want SERVING");
        }
        await Check.FailsWithAsync(Conflict.Grpc.StatusCode.NotFound, async () => await health.CheckAsync(new HealthCheckRequest { Service = "no.such.Service" }, Options()), "Check(no.such.Service)");
    }

    public static async Task HealthWatch(InteropContext t)
    {
        using var cts = new CancellationTokenSource();
        using var call = new HealthClient(t.Invoker).Watch(new HealthCheckRequest(), Options() with { CancellationToken = cts.Token });
        Check.That(await call.ResponseStream.MoveNext(), "Watch ended without a message");
        Check.That(call.ResponseStream.Current.Status == ServingStatus.Serving, $"first Watch status {call.ResponseStream.Current.Status}, want SERVING");
        await cts.CancelAsync();
        await Check.FailsWithAsync(Conflict.Grpc.StatusCode.Cancelled, () => call.ResponseStream.MoveNext(), "Watch after cancel");
    }

    public static async Task ReflectionV1Alpha(InteropContext t)
    {
        using var call = new V1Alpha.ServerReflectionClient(t.Invoker).ServerReflectionInfo(Options());
        var requests = Requests().Select(r => V1Alpha.ServerReflectionRequest.Parser.ParseFrom(r.ToByteString()));
        var responses = new List<V1.ServerReflectionResponse>();
        foreach (var request in requests)
        {
            await call.RequestStream.WriteAsync(request);
        }
        await call.RequestStream.CompleteAsync();
        await foreach (var response in call.ResponseStream.ReadAllAsync())
        {
            responses.Add(V1.ServerReflectionResponse.Parser.ParseFrom(response.ToByteString()));
        }
        CheckReflection(responses);
    }

    public static async Task ReflectionV1(InteropContext t)
    {
        using var call = new V1.ServerReflectionClient(t.Invoker).ServerReflectionInfo(Options());
        foreach (var request in Requests())
        {
            await call.RequestStream.WriteAsync(request);
        }
        await call.RequestStream.CompleteAsync();
        var responses = new List<V1.ServerReflectionResponse>();
        await foreach (var response in call.ResponseStream.ReadAllAsync())
        {
            responses.Add(response);
        }
        CheckReflection(responses);
    }

    private static V1.ServerReflectionRequest[] Requests() =>
    [
        new() { ListServices = "" },
        new() { FileContainingSymbol = "grpc.testing.TestService" },
        new() { FileContainingSymbol = "no.such.Symbol" },
    ];

    private static void CheckReflection(List<V1.ServerReflectionResponse> responses)
    {
        Check.That(responses.Count == 3, $"{responses.Count} responses, want 3");
        var names = responses[0].ListServicesResponse?.Service.Select(s => s.Name).ToList() ?? [];
        foreach (var want in new[] { "grpc.testing.TestService", "grpc.health.v1.Health" })
        {
            Check.That(names.Contains(want), $"list_services lacks {want}: {string.Join(",", names)}");
        }
        var files = responses[1].FileDescriptorResponse?.FileDescriptorProto.Select(FileDescriptorProto.Parser.ParseFrom).ToList() ?? [];
        var methods = files.SelectMany(f => f.Service.Where(s => $"{f.Package}.{s.Name}" == "grpc.testing.TestService").SelectMany(s => s.Method.Select(m => m.Name)));
        Check.That(methods.Contains("UnaryCall"), $"file_containing_symbol(grpc.testing.TestService) gave {files.Count} files without it");
        var code = responses[2].ErrorResponse?.ErrorCode ?? 0;
        Check.That(code == (int)Conflict.Grpc.StatusCode.NotFound, $"unknown symbol: error_code {code}, want NOT_FOUND");
    }
}
