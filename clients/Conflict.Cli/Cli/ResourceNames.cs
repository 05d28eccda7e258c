namespace Conflict.Cli.Cli;

/// <summary>Accepts both a bare id (<c>zelensky</c>) and a resource name (<c>sources/zelensky</c>).</summary>
internal static class ResourceNames
{
    public static string Of(string collection, string idOrName)
    {
        var value = idOrName.Trim();
        if (value.Length == 0)
        {
            throw CliException.Usage($"a {collection} name or id is required.");
        }
        return value.StartsWith(collection + "/", StringComparison.Ordinal) ? value : collection + "/" + value;
    }
}
