using Conflict.Cli.Cli;
using Conflict.Cli.Commands;
using Conflict.Client.Auth;
using Conflict.Testing;

namespace Conflict.Cli.Tests.Commands;

/// <summary><c>conflict tokens create</c>, and which token the CLI presents to which address.</summary>
public sealed class TokensCommandTests
{
    [Fact]
    public async Task TokensCreate_KeyFile_PrintsOnlyATokenThatKeyValidatesWithNameAndRole()
    {
        // Arrange
        using var directory = new TempDirectory("conflict-tokens");
        var key = ConflictTokens.NewSigningKey();
        await File.WriteAllTextAsync(directory.File("signing.key"), key);

        // Act
        var run = await CliRun.RunAsync(null, "tokens", "create", "--role", "writer", "--name", "newsroom", "--expires", "30d", "--key-file", directory.File("signing.key"));

        // Assert
        Assert.Equal(0, run.ExitCode);
        var identity = await ConflictTokens.ValidateAsync(key, run.Out.Trim());
        Assert.NotNull(identity);
        Assert.Equal("newsroom", identity.Name);
        Assert.True(identity.HasClaim(ConflictTokens.RoleClaim, ConflictRoles.Writer));
        Assert.Contains("role writer, valid until", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokensCreate_UnknownRoleOrMissingKey_FailsSayingWhat()
    {
        // Act
        var badRole = await CliRun.RunAsync(null, "tokens", "create", "--role", "editor", "--name", "x", "--key-file", "/nonexistent/key");
        var noKey = await CliRun.RunAsync(null, "tokens", "create", "--role", "reader", "--name", "x", "--key-file", "/nonexistent/key");

        // Assert
        Assert.Equal(2, badRole.ExitCode);
        Assert.Equal(1, noKey.ExitCode);
        Assert.Contains("no signing key at /nonexistent/key", noKey.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30d", 30 * 24 * 60)]
    [InlineData("12h", 12 * 60)]
    [InlineData("90m", 90)]
    public void ParseLifetime_Units_Minutes(string text, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), TokensCommand.ParseLifetime(text));

    [Fact]
    public void ParseLifetime_NeverAndNonsense_NullOrUsageError()
    {
        Assert.Null(TokensCommand.ParseLifetime("never"));
        Assert.Equal(2, Assert.Throws<CliException>(() => TokensCommand.ParseLifetime("soon")).ExitCode);
    }

    [Fact]
    public void CallerSecurity_LocalSuite_AdminTokenGoesOnlyToItsAddresses()
    {
        // Arrange: a suite recorded as `up` records it
        using var directory = new TempDirectory("conflict-suite");
        var suite = new LocalSuite(directory.Path, ["http://127.0.0.1:5101", "http://127.0.0.1:5102"]);
        suite.EnsureSecrets();
        var environment = new Dictionary<string, string> { ["CONFLICT_STATE_DIR"] = directory.File("state") };
        suite.Record(name => environment.GetValueOrDefault(name));
        var cli = CliContext.ForWriters(new StringWriter(), new StringWriter(), environment);

        // Act
        var security = CallerSecurity.Resolve(null, null, cli);
        var local = security.For("http://127.0.0.1:5101/");
        var elsewhere = security.For("https://conflict.example.org:5101");
        var explicitToken = CallerSecurity.Resolve("given", null, cli).For("https://conflict.example.org:5101");

        // Assert
        Assert.Equal(suite.ReadAdminToken(), local.Token?.Invoke());
        Assert.Null(elsewhere.Token);
        Assert.Equal("given", explicitToken.Token?.Invoke());
    }

    [Fact]
    public void EnsureSecrets_SecondRun_KeepsTheKeySoIssuedTokensStayValid()
    {
        // Arrange
        using var directory = new TempDirectory("conflict-secrets");
        var suite = new LocalSuite(directory.Path, []);
        suite.EnsureSecrets();
        var key = File.ReadAllText(suite.KeyFile);
        var token = suite.ReadAdminToken();

        // Act
        suite.EnsureSecrets();

        // Assert
        Assert.Equal(key, File.ReadAllText(suite.KeyFile));
        Assert.Equal(token, suite.ReadAdminToken());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(suite.KeyFile));
        }
    }
}
