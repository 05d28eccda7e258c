using Conflict.Cli.Cli;
using Conflict.Reconciliation.V1;

namespace Conflict.Cli.Files;

/// <summary>
/// Reads a plain claims TSV for static fusion: the <c>--columns</c> names say which header columns hold the object,
/// the source and the value (in that order). Without a header, the first three columns are used.
/// </summary>
internal static class FuseInput
{
    public static IEnumerable<FuseClaimsRow> Read(TextReader reader, IReadOnlyList<string> columns, bool header = true)
    {
        if (columns.Count != 3)
        {
            throw CliException.Usage("--columns: name exactly three columns: object,source,value.");
        }
        int[]? indices = header ? null : [0, 1, 2];
        foreach (var (line, fields) in CsvReader.Read(reader, '\t'))
        {
            if (indices is null)
            {
                indices = columns.Select(c => IndexOf(fields, c)).ToArray();
                continue;
            }
            if (fields.Count <= indices.Max())
            {
                throw new CliException($"line {line}: {fields.Count} fields, expected at least {indices.Max() + 1}.");
            }
            var (obj, source, value) = (fields[indices[0]].Trim(), fields[indices[1]].Trim(), fields[indices[2]].Trim());
            if (obj.Length == 0 || source.Length == 0 || value.Length == 0)
            {
                throw new CliException($"line {line}: empty object, source or value.");
            }
            yield return new FuseClaimsRow { Object = obj, Source = source, Value = value };
        }
    }

    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim(), column.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        throw CliException.Usage($"--columns: the header has no column '{column}' (it has: {string.Join(", ", header)}); use --no-header for a file without one.");
    }
}
