using System.Globalization;

namespace Conflict.Interop;

/// <summary>The command line: a mode (<c>server</c> or <c>client</c>) and its flags.</summary>
internal sealed record InteropArguments(string Mode, string Host, int Port, IReadOnlyList<string>? Cases, IReadOnlyList<string> Skip, bool CompressedRequestProbe, string? ResponseCompression)
{
    public const string Usage = """
        usage: Conflict.Interop server --port N [--response-compression gzip]
               Conflict.Interop client --host H --port N [--cases a,b,...] [--skip c,d,...] [--no-compressed-request-probe]
        """;

    /// <summary>Parses the arguments; null when they are not valid.</summary>
    public static InteropArguments? Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is not ("server" or "client"))
        {
            return null;
        }
        string host = "127.0.0.1";
        int? port = null;
        IReadOnlyList<string>? cases = null;
        IReadOnlyList<string> skip = [];
        var probe = true;
        string? compression = null;
        for (var i = 1; i < args.Count; i++)
        {
            var flag = args[i];
            if (flag == "--no-compressed-request-probe")
            {
                probe = false;
                continue;
            }
            if (i + 1 >= args.Count)
            {
                return null;
            }
            var value = args[++i];
            switch (flag)
            {
                case "--host": host = value; break;
                case "--port": port = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--cases": cases = value.Split(',', StringSplitOptions.RemoveEmptyEntries); break;
                case "--skip": skip = value.Split(',', StringSplitOptions.RemoveEmptyEntries); break;
                case "--response-compression": compression = value; break;
                default: return null;
            }
        }
        return port is null ? null : new InteropArguments(args[0], host, port.Value, cases, skip, probe, compression);
    }
}
