namespace Conflict.Cli.Files;

/// <summary>
/// One row of a claim file before validation: its values by normalized column name
/// (lower case, without underscores, hyphens or spaces: <c>as_of_start</c> and <c>asOfStart</c> are both <c>asofstart</c>).
/// </summary>
internal sealed record ClaimRecord(int Line, IReadOnlyDictionary<string, string> Values)
{
    public string Get(string key) => Values.TryGetValue(key, out var value) ? value.Trim() : "";

    public bool Has(string key) => Get(key).Length > 0;

    public static string NormalizeKey(string column) =>
        new(column.Trim().ToLowerInvariant().Where(c => c is not ('_' or '-' or ' ')).ToArray());
}
