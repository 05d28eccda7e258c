using System.Buffers;
using System.Text;

namespace Conflict.Grpc.Internal;

/// <summary>
/// The <c>grpc-message</c> encoding: UTF-8 bytes outside 0x20-0x7E, and '%' itself, become %XX.
/// Decoding is lenient: a malformed escape is kept as written.
/// </summary>
internal static class PercentEncoding
{
    private const string Hex = "0123456789ABCDEF";

    public static string Encode(string value)
    {
        if (!NeedsEncoding(value))
        {
            return value;
        }
        var bytes = Encoding.UTF8.GetBytes(value);
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (b is >= 0x20 and <= 0x7E && b != (byte)'%')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }
        return builder.ToString();
    }

    public static string Decode(string value)
    {
        if (!value.Contains('%', StringComparison.Ordinal))
        {
            return value;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(value.Length);
        try
        {
            var length = 0;
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] == '%' && i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2]))
                {
                    buffer[length++] = (byte)((HexValue(value[i + 1]) << 4) | HexValue(value[i + 2]));
                    i += 2;
                }
                else
                {
                    buffer[length++] = (byte)value[i];
                }
            }
            return Encoding.UTF8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool NeedsEncoding(string value)
    {
        foreach (var c in value)
        {
            if (c is < (char)0x20 or > (char)0x7E or '%')
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
