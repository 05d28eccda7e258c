namespace Conflict.Cli.Supervision;

/// <summary>Where the supervisor writes the services' output and its own status lines.</summary>
internal interface IServiceLog
{
    /// <summary>One line a service wrote; called from any thread.</summary>
    void Line(string service, string line, bool isError);

    /// <summary>A line from the supervisor itself.</summary>
    void Status(string message);

    /// <summary>A failure the user must see (a service died, a port is taken).</summary>
    void Error(string message);
}
