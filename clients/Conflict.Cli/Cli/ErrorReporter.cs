using System.Text;
using Google.Rpc;
using Grpc.Core;

namespace Conflict.Cli.Cli;

/// <summary>Writes a failed call to stderr: the gRPC status, the error reason and every field violation.</summary>
internal static class ErrorReporter
{
    public static void Report(RpcException error, TextWriter stderr)
    {
        stderr.WriteLine($"error: {CodeName(error.StatusCode)}: {Detail(error)}");
        if (error.GetRpcStatus() is not { } rich)
        {
            return;
        }
        foreach (var detail in rich.Details)
        {
            if (detail.TryUnpack<ErrorInfo>(out var info))
            {
                var metadata = string.Join(", ", info.Metadata.Select(kv => $"{kv.Key}={kv.Value}"));
                stderr.WriteLine($"  reason: {info.Reason}{(info.Domain.Length > 0 ? $" ({info.Domain})" : "")}{(metadata.Length > 0 ? $" {metadata}" : "")}");
            }
            else if (detail.TryUnpack<BadRequest>(out var badRequest))
            {
                foreach (var violation in badRequest.FieldViolations)
                {
                    stderr.WriteLine($"  {violation.Field}: {violation.Description}");
                }
            }
        }
    }

    /// <summary>The canonical UPPER_SNAKE name of a status code, e.g. INVALID_ARGUMENT.</summary>
    public static string CodeName(StatusCode code)
    {
        var name = code.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                builder.Append('_');
            }
            builder.Append(char.ToUpperInvariant(name[i]));
        }
        return builder.ToString();
    }

    private static string Detail(RpcException error) =>
        error.Status.Detail.Length > 0 ? error.Status.Detail : error.GetRpcStatus()?.Message ?? "(no message)";
}
