namespace Conflict.Claims.Tests.Support;

/// <summary>A fact that runs only when <c>CONFLICT_TEST_POSTGRES</c> holds a PostgreSQL connection string.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = "CONFLICT_TEST_POSTGRES is not set (source scripts/postgres.sh; postgres_start).";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable("CONFLICT_TEST_POSTGRES");
}
