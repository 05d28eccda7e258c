using System.Text;

namespace Conflict.Cli.Files;

/// <summary>
/// Reads RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks) or, with a tab delimiter,
/// TSV. Yields each record with the line it starts on.
/// </summary>
internal static class CsvReader
{
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(TextReader reader, char delimiter = ',')
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var atFieldStart = true;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }
                continue;
            }
            if (ch == '"' && atFieldStart)
            {
                quoted = true;
                atFieldStart = false;
            }
            else if (ch == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }
                fields.Add(field.ToString());
                field.Clear();
                if (fields.Count > 1 || fields[0].Length > 0)
                {
                    yield return (recordLine, fields.ToArray());
                }
                fields.Clear();
                line++;
                recordLine = line;
                atFieldStart = true;
            }
            else
            {
                field.Append(ch);
                atFieldStart = false;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields.ToArray());
        }
    }

    /// <summary>Quotes a field when it holds the delimiter, a quote or a line break.</summary>
    public static string Escape(string value, char delimiter = ',') =>
        value.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
