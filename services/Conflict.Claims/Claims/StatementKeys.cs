using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Conflict.Claims.Claims;

/// <summary>
/// The key shared by every relay of one statement: the same claimant, variable, as-of and value (in the measure's
/// unit), whoever reported it and in whichever document. Later stages count a statement once per key. Keys are
/// stored, so the text hashed must never change: claimant (or <c>text:</c> and the normalised name as written),
/// variable, as-of start and end, qualifier, low, high and point (9 significant digits), subject and category
/// (trimmed, lower case), joined by <c>|</c>; the key is the first 16 bytes of its SHA-256 in hex.
/// </summary>
internal static class StatementKeys
{
    /// <summary>The key of <paramref name="row"/> once its claimant is resolved (empty when it is not).</summary>
    public static string For(string claimant, ClaimRow row)
    {
        // Built in a stack buffer, not from intermediate strings: this runs for every imported claim.
        var text = new KeyText(stackalloc char[256]);
        if (claimant.Length > 0)
        {
            text.Append(claimant);
        }
        else
        {
            text.Append("text:");
            text.AppendNormalizedName(row.ClaimantText);
        }
        text.Field(row.Variable);
        text.Field(row.AsOfStartMs);
        text.Field(row.AsOfEndMs);
        text.Field(row.Qualifier);
        text.Field(row.NormLow);
        text.Field(row.NormHigh);
        text.Field(row.NormPoint);
        text.FieldLower(row.Subject.AsSpan().Trim());
        text.FieldLower(row.Category.AsSpan().Trim());
        return text.Hash();
    }

    private ref struct KeyText(Span<char> initial)
    {
        private Span<char> _chars = initial;
        private char[]? _rented;
        private int _length;

        public void Append(ReadOnlySpan<char> value)
        {
            Ensure(value.Length);
            value.CopyTo(_chars[_length..]);
            _length += value.Length;
        }

        public void Field(ReadOnlySpan<char> value)
        {
            Append("|");
            Append(value);
        }

        public void Field(long value)
        {
            Append("|");
            Ensure(20);
            value.TryFormat(_chars[_length..], out var written, default, CultureInfo.InvariantCulture);
            _length += written;
        }

        /// <summary>Rounded to 9 significant digits so that unit conversions of one figure agree; empty when absent.</summary>
        public void Field(double? value)
        {
            Append("|");
            if (value is { } v)
            {
                Ensure(32);
                v.TryFormat(_chars[_length..], out var written, "G9", CultureInfo.InvariantCulture);
                _length += written;
            }
        }

        public void FieldLower(ReadOnlySpan<char> value)
        {
            Append("|");
            AppendLower(value);
        }

        /// <summary>
        /// The words of <paramref name="name"/> (split at white space) in lower case, separated by single spaces:
        /// "The  Kremlin" and "the kremlin" are one claimant.
        /// </summary>
        public void AppendNormalizedName(ReadOnlySpan<char> name)
        {
            var wordStart = -1;
            var first = true;
            for (var i = 0; i <= name.Length; i++)
            {
                var atSpace = i == name.Length || char.IsWhiteSpace(name[i]);
                if (!atSpace && wordStart < 0)
                {
                    wordStart = i;
                }
                else if (atSpace && wordStart >= 0)
                {
                    if (!first)
                    {
                        Append(" ");
                    }
                    AppendLower(name[wordStart..i]);
                    wordStart = -1;
                    first = false;
                }
            }
        }

        private void AppendLower(ReadOnlySpan<char> value)
        {
            Ensure(value.Length);
            _length += value.ToLowerInvariant(_chars[_length..]);
        }

        public string Hash()
        {
            var chars = _chars[.._length];
            Span<byte> utf8 = chars.Length <= 256 ? stackalloc byte[chars.Length * 3] : new byte[Encoding.UTF8.GetMaxByteCount(chars.Length)];
            var count = Encoding.UTF8.GetBytes(chars, utf8);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(utf8[..count], hash);
            Dispose();
            return Convert.ToHexStringLower(hash[..16]);
        }

        public void Dispose()
        {
            if (_rented is not null)
            {
                ArrayPool<char>.Shared.Return(_rented);
                _rented = null;
            }
        }

        private void Ensure(int more)
        {
            if (_length + more <= _chars.Length)
            {
                return;
            }
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
            _chars[.._length].CopyTo(larger);
            Dispose();
            _rented = larger;
            _chars = larger;
        }
    }
}
