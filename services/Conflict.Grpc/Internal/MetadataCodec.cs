namespace Conflict.Grpc.Internal;

/// <summary>Custom metadata to and from header values: text as is, <c>-bin</c> values as base64.</summary>
internal static class MetadataCodec
{
    /// <summary>Base64 without padding, as the spec asks senders to emit.</summary>
    public static string EncodeBinary(byte[] value) => Convert.ToBase64String(value).TrimEnd('=');

    /// <summary>Accepts padded and unpadded base64.</summary>
    public static byte[] DecodeBinary(string value)
    {
        var trimmed = value.Trim();
        var padding = (4 - (trimmed.Length % 4)) % 4;
        if (padding == 3)
        {
            throw new FormatException("Invalid base64 length in binary metadata.");
        }
        return Convert.FromBase64String(padding == 0 ? trimmed : trimmed + new string('=', padding));
    }

    public static string EncodeValue(Metadata.Entry entry) =>
        entry.IsBinary ? EncodeBinary(entry.ValueBytes ?? []) : entry.Value ?? "";

    /// <summary>Adds one header to the metadata unless it is reserved; binary values that do not decode are skipped.</summary>
    public static void AddHeader(Metadata metadata, string name, string value)
    {
        if (GrpcProtocol.IsReservedHeader(name))
        {
            return;
        }
        var key = name.ToLowerInvariant();
        if (key.EndsWith("-bin", StringComparison.Ordinal))
        {
            // A -bin header may carry several comma-separated base64 values.
            foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (TryDecode(part, out var bytes))
                {
                    metadata.Add(key, bytes);
                }
            }
        }
        else
        {
            metadata.Add(key, value);
        }
    }

    private static bool TryDecode(string value, out byte[] bytes)
    {
        try
        {
            bytes = DecodeBinary(value);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
