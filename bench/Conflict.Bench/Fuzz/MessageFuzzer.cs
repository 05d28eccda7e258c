using System.Collections;
using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Conflict.Bench.Fuzz;

/// <summary>
/// Request bytes for any message type: random messages built from the descriptor with values chosen to hurt
/// (empty, huge, negative, NaN, unknown enum numbers, malformed names and dates, mixed scripts), the same after
/// byte-level mutation (bit flips, truncation, insertion, duplicated chunks, stray tags), and plain random bytes.
/// </summary>
internal sealed class MessageFuzzer(Random random)
{
    private static readonly string[] Strings =
    [
        "", " ", "sources/", "sources/zelensky", "sources/../../etc", "claims/", "claims/x", "measures/area_controlled",
        "measures/", "documents/abc", "area_controlled/ua/RU-KRS", "area_controlled//", "a/b/c/d/e", "-/-/-",
        "2024-08-20", "2024-02-30", "2024-13-45", "0000-00-00", "9999-12-31", "20240820", "yesterday",
        "UA", "RU-KRS", "ZZ", "ua", "UA-", "km2", "count", "%", "NaN", "*", "display_name,kind", "name", "foo.bar.baz",
        "\0", "\u202Eevil", "Зеленський", "زيلينسكي", "泽连斯基", "\U0001F4A3", "e\u0301", "\"unbalanced", "«quote",
        "' OR 1=1 --", "<script>", "${jndi:ldap://x}", "%s%n", "\\", "\r\n", new string('9', 400),
    ];

    private static readonly double[] Doubles = [0, -0.0, 1, -1, 0.5, 1e308, -1e308, 1e-308, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1000, 123456789.123];

    private static readonly long[] Integers = [0, 1, -1, 2, 7, 100, 1000, 1001, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, 4294967295];

    public byte[] Next(MessageDescriptor type) => random.Next(10) switch
    {
        < 4 => RandomMessage(type, 0).ToByteArray(),
        < 8 => Mutate(RandomMessage(type, 0).ToByteArray()),
        _ => RandomBytes(random.Next(0, 300)),
    };

    public IMessage RandomMessage(MessageDescriptor type, int depth)
    {
        var message = type.Parser.ParseFrom(ByteString.Empty);
        foreach (var field in type.Fields.InDeclarationOrder())
        {
            if (random.Next(3) == 0 || field.IsMap)
            {
                continue;
            }
            if (field.IsRepeated)
            {
                var list = (IList)field.Accessor.GetValue(message);
                var count = random.Next(20) == 0 ? random.Next(900, 1100) : random.Next(0, 4);
                for (var i = 0; i < count && depth < 3; i++)
                {
                    list.Add(Value(field, depth));
                }
            }
            else if (depth < 4)
            {
                field.Accessor.SetValue(message, Value(field, depth));
            }
        }
        return message;
    }

    private object Value(FieldDescriptor field, int depth) => field.FieldType switch
    {
        FieldType.String => RandomString(),
        FieldType.Bytes => ByteString.CopyFrom(RandomBytes(random.Next(0, 40))),
        FieldType.Bool => random.Next(2) == 0,
        FieldType.Double => Pick(Doubles) * (random.Next(4) == 0 ? random.NextDouble() * 1000 : 1),
        FieldType.Float => (float)Pick(Doubles),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => (int)Pick(Integers),
        FieldType.UInt32 or FieldType.Fixed32 => (uint)Pick(Integers),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => Pick(Integers),
        FieldType.UInt64 or FieldType.Fixed64 => (ulong)Pick(Integers),
        FieldType.Enum => random.Next(-2, 30),
        FieldType.Message or FieldType.Group => RandomMessage(field.MessageType, depth + 1),
        _ => throw new NotSupportedException(field.FieldType.ToString()),
    };

    private string RandomString()
    {
        var pick = random.Next(10);
        if (pick < 6)
        {
            return Pick(Strings);
        }
        if (pick < 8)
        {
            return Pick(Strings) + Pick(Strings) + random.Next(1000);
        }
        var builder = new StringBuilder();
        var length = random.Next(20) == 0 ? random.Next(10_000, 100_000) : random.Next(1, 60);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)random.Next(1, random.Next(2) == 0 ? 128 : 0xD7FF));
        }
        return builder.ToString();
    }

    public byte[] Mutate(byte[] bytes)
    {
        var data = new List<byte>(bytes);
        for (var n = random.Next(1, 5); n > 0; n--)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (random.Next(6))
            {
                case 0 when data.Count > 0: data[at] ^= (byte)(1 << random.Next(8)); break;
                case 1 when data.Count > 0: data[at] = (byte)random.Next(256); break;
                case 2: data.InsertRange(at, RandomBytes(random.Next(1, 8))); break;
                case 3 when data.Count > 0: data.RemoveRange(at, Math.Min(random.Next(1, 16), data.Count - at)); break;
                case 4 when data.Count > 0: data.RemoveRange(at, data.Count - at); break;
                default: data.InsertRange(at, data.GetRange(at, Math.Min(random.Next(1, 32), data.Count - at))); break;
            }
        }
        return [.. data];
    }

    public byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(T[] values) => values[random.Next(values.Length)];
}
