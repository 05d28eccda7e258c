using System.Security.Cryptography;
using System.Text;
using Conflict.Claims.Common;
using Conflict.Claims.V1;

namespace Conflict.Claims.Documents;

/// <summary>Converts documents between the API message and the database row.</summary>
internal static class DocumentMapping
{
    public const string Collection = "documents";

    public static Document ToMessage(DocumentRow row, bool withText = true) => new()
    {
        Name = Ids.Name(Collection, row.Id),
        Url = row.Url,
        Publisher = row.Publisher,
        PublishTime = Dates.ToTimestamp(row.PublishMs),
        Language = row.Language,
        Title = row.Title,
        Text = withText ? row.Text : "",
        Sha256 = row.Sha256,
        CreateTime = Dates.ToTimestamp(row.CreateMs),
        Creator = row.Creator,
        Updater = row.Updater,
    };

    /// <summary>A new row for a validated document, with a fresh id, stored by <paramref name="principal"/>.</summary>
    public static DocumentRow ToRow(Document document, long nowMs, string principal) => new()
    {
        Id = Ids.New(),
        Sha256 = Sha256Of(document.Text),
        Url = document.Url,
        Publisher = document.Publisher,
        PublishMs = Dates.ToMs(document.PublishTime),
        Language = document.Language,
        Title = document.Title,
        Text = document.Text,
        TextLength = document.Text.Length,
        CreateMs = nowMs,
        Creator = principal,
        Updater = principal,
    };

    /// <summary>Hex SHA-256 of the UTF-8 text: the document's identity.</summary>
    public static string Sha256Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
