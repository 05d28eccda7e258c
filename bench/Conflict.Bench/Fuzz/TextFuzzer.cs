using System.Text;
using Conflict.Claims.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Conflict.Bench.Fuzz;

/// <summary>
/// Adversarial article texts for ExtractClaims: megabytes of digits, runs of unbalanced quotes, mixed scripts and
/// invisible characters, endless sentences, and word salad made of the extractor's own cues (speech verbs, units,
/// numbers, dates), which reaches its deepest paths.
/// </summary>
internal sealed class TextFuzzer(Random random)
{
    private static readonly string[] Cues =
    [
        "said", "told", "according to", "a déclaré", "selon", "«", "»", "\"", "“", "”", "'", "(", ")", "—", ";", ".", ",",
        "square kilometres", "km²", "km2", "sq miles", "villages", "localités", "prisoners", "troops", "more than", "about",
        "at least", "up to", "nearly", "between", "and", "to", "hundreds", "thousands", "dozens", "1,000", "1 250",
        "1.5", "12,5", "-3", "1e9", "1000000000000000000000", "0", "on Monday", "lundi", "mi-février", "August 20",
        "20 août", "2024", "yesterday", "Zelensky", "Syrskyi", "Poutine", "Kursk", "Koursk", "Sumy", "Ukraine", "Russia",
        "governor", "ministry", "the", "le", "la", "des", "of", "in", "\n", "\n\n", "\u200B", "\u202E", "й", "ї", "ß",
        "زيلينسكي", "泽连斯基", "\U0001F1FA\U0001F1E6",
    ];

    public byte[] Next(bool allowLarge)
    {
        var text = (allowLarge ? random.Next(8) : random.Next(1, 8)) switch
        {
            0 => new string('7', random.Next(1_000_000, 3_500_000)),
            1 => Repeat(() => random.Next(2) == 0 ? "«" : "\"", random.Next(100, 20_000)),
            2 => Repeat(() => Cues[random.Next(Cues.Length)] + " ", random.Next(10, 5_000)),
            3 => Repeat(() => "and " + random.Next(1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture) + " km² ", random.Next(100, 20_000)),
            4 => Repeat(() => ((char)random.Next(0x20, 0xD7FF)).ToString(), random.Next(10, 50_000)),
            5 => "\"" + Repeat(() => "he said \"she said \u00AB", random.Next(10, 3_000)),
            _ => Repeat(() => Cues[random.Next(Cues.Length)] + (random.Next(3) == 0 ? "" : " "), random.Next(5, 300)),
        };
        return new ExtractClaimsRequest
        {
            Text = text,
            Language = random.Next(5) switch { 0 => "fr", 1 => "xx", 2 => "", _ => "en" },
            PublishTime = random.Next(4) == 0 ? new Timestamp { Seconds = random.NextInt64(-62135596800, 253402300799) } : Timestamp.FromDateTime(new DateTime(2024, 8, 20, 0, 0, 0, DateTimeKind.Utc)),
            Publisher = random.Next(2) == 0 ? "" : "Fuzz Wire",
        }.ToByteArray();
    }

    private static string Repeat(Func<string> part, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(part());
        }
        return builder.ToString();
    }
}
