using System.Net;
using System.Net.Sockets;
using Conflict.Cli.Cli;

namespace Conflict.Cli.Supervision;

/// <summary>Checks, before anything starts, that every service's port is free and used once.</summary>
internal static class PortCheck
{
    public static void EnsureFree(IEnumerable<ServiceSpec> specs)
    {
        var problems = new List<string>();
        foreach (var group in specs.GroupBy(s => s.Port).Where(g => g.Count() > 1))
        {
            problems.Add($"port {group.Key} is given to several services: {string.Join(", ", group.Select(s => s.Name))}");
        }
        foreach (var spec in specs.DistinctBy(s => s.Port))
        {
            if (!IsFree(spec.Port))
            {
                problems.Add($"port {spec.Port} for {spec.Name} is already in use (another `conflict up`?); choose another with --{spec.Name}-port");
            }
        }
        if (problems.Count > 0)
        {
            throw new CliException(string.Join(Environment.NewLine + "       ", problems));
        }
    }

    public static bool IsFree(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>A port that was free a moment ago (for tests and --ports auto).</summary>
    public static int FindFree()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
