using Google.Protobuf;

namespace Conflict.Sources.Listing;

/// <summary>
/// An opaque page token: base64 (URL-safe) of a small protobuf record holding the last id shown (field 1) and
/// the hash of the filter it belongs to (field 2), as AIP-158 suggests.
/// </summary>
internal sealed record PageToken(string LastId, ulong FilterHash)
{
    public string Encode()
    {
        using var buffer = new MemoryStream();
        var output = new CodedOutputStream(buffer);
        output.WriteTag(1, WireFormat.WireType.LengthDelimited);
        output.WriteString(LastId);
        output.WriteTag(2, WireFormat.WireType.Fixed64);
        output.WriteFixed64(FilterHash);
        output.Flush();
        return Convert.ToBase64String(buffer.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Decodes a token; null when it is not one of ours.</summary>
    public static PageToken? TryDecode(string token)
    {
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var input = new CodedInputStream(Convert.FromBase64String(base64));
            string? lastId = null;
            ulong? hash = null;
            for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
            {
                switch (WireFormat.GetTagFieldNumber(tag))
                {
                    case 1 when WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited: lastId = input.ReadString(); break;
                    case 2 when WireFormat.GetTagWireType(tag) == WireFormat.WireType.Fixed64: hash = input.ReadFixed64(); break;
                    default: return null;
                }
            }
            return lastId is { Length: > 0 } && hash is not null ? new PageToken(lastId, hash.Value) : null;
        }
        catch (Exception e) when (e is FormatException or InvalidProtocolBufferException)
        {
            return null;
        }
    }
}
