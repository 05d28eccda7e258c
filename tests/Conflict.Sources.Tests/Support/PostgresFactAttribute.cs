namespace Conflict.Sources.Tests.Support;

/// <summary>A fact that runs only when CONFLICT_TEST_POSTGRES holds a connection string (scripts/postgres.sh sets it).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(ConnectionString))
        {
            Skip = "CONFLICT_TEST_POSTGRES is not set.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable("CONFLICT_TEST_POSTGRES");
}
