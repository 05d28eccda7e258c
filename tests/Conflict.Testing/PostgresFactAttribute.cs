using Xunit;

namespace Conflict.Testing;

/// <summary>A fact that runs only when <c>CONFLICT_TEST_POSTGRES</c> holds a PostgreSQL connection string.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "CONFLICT_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = $"{Variable} is not set.";
        }
    }

    /// <summary>The connection string from the environment, or null.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}
