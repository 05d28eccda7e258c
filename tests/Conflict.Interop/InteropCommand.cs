using Conflict.Interop.Client;
using Conflict.Interop.Server;

namespace Conflict.Interop;

/// <summary>Dispatches the command line to the server or the client.</summary>
internal static class InteropCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = InteropArguments.Parse(args);
        if (parsed is null)
        {
            await Console.Error.WriteLineAsync(InteropArguments.Usage).ConfigureAwait(false);
            return 2;
        }
        if (parsed.Mode == "server")
        {
            await InteropServer.RunAsync(parsed.Port, parsed.ResponseCompression).ConfigureAwait(false);
            return 0;
        }
        return await InteropClient.RunAsync(parsed).ConfigureAwait(false);
    }
}
