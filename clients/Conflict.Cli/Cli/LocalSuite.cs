using System.Text.Json;
using System.Text.Json.Serialization;
using Conflict.Cli.Supervision;
using Conflict.Client.Auth;

namespace Conflict.Cli.Cli;

/// <summary>
/// The suite <c>conflict up</c> runs on this machine, recorded in a small state file (<c>CONFLICT_STATE_DIR</c>, else
/// <c>$XDG_STATE_HOME/conflict</c>, else <c>~/.local/state/conflict</c>) while it runs, so that other commands can
/// present its admin token, and trust its CA, without being told, but only when they call one of its addresses:
/// the admin token never goes to a server it was not made for.
/// </summary>
internal sealed record LocalSuite(string DataDirectory, IReadOnlyList<string> Addresses)
{
    public const string KeyFileName = "signing.key";
    public const string AdminTokenFileName = "admin.token";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [JsonIgnore]
    public string KeyFile => Path.Combine(DataDirectory, KeyFileName);

    [JsonIgnore]
    public string AdminTokenFile => Path.Combine(DataDirectory, AdminTokenFileName);

    /// <summary>The CA of the suite's certificates, when it was started with <c>--tls</c>.</summary>
    [JsonIgnore]
    public string? CaFile => File.Exists(LocalCertificates.CaFile(DataDirectory)) ? LocalCertificates.CaFile(DataDirectory) : null;

    public bool Serves(string address) => Addresses.Any(a => string.Equals(a.TrimEnd('/'), address.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));

    public string? ReadAdminToken() => File.Exists(AdminTokenFile) ? File.ReadAllText(AdminTokenFile).Trim() : null;

    public static string? StateFile(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var directory = environment("CONFLICT_STATE_DIR")
            ?? (environment("XDG_STATE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "conflict") : null)
            ?? (environment("HOME") is { Length: > 0 } home ? Path.Combine(home, ".local", "state", "conflict") : null);
        return directory is null ? null : Path.Combine(directory, "suite.json");
    }

    /// <summary>The running local suite, or null when none is recorded.</summary>
    public static LocalSuite? Find(Func<string, string?> environment)
    {
        var file = StateFile(environment);
        if (file is null || !File.Exists(file))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<LocalSuite>(File.ReadAllText(file), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Record(Func<string, string?> environment)
    {
        if (StateFile(environment) is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, JsonSerializer.Serialize(this, Json));
        }
    }

    /// <summary>Removes the record if it still describes this suite (another <c>up</c> may have replaced it).</summary>
    public void Forget(Func<string, string?> environment)
    {
        if (StateFile(environment) is { } file && Find(environment) is { } recorded && recorded.DataDirectory == DataDirectory)
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Makes the suite's secrets if they are missing: the signing key (kept across runs, so tokens issued earlier stay
    /// valid) and an admin token, both readable by the owner only.
    /// </summary>
    public void EnsureSecrets()
    {
        if (!File.Exists(KeyFile))
        {
            WritePrivate(KeyFile, ConflictTokens.NewSigningKey());
        }
        if (ReadAdminToken() is not { } token || !IsValid(token))
        {
            WritePrivate(AdminTokenFile, ConflictTokens.Create(File.ReadAllText(KeyFile).Trim(), "admin", ConflictRoles.Admin));
        }
    }

    private bool IsValid(string token) => ConflictTokens.ValidateAsync(File.ReadAllText(KeyFile).Trim(), token).GetAwaiter().GetResult() is not null;

    private static void WritePrivate(string path, string text)
    {
        File.WriteAllText(path, text + Environment.NewLine);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
