using Google.Protobuf;

namespace Conflict.Cli.Formatting;

/// <summary>Prints protobuf messages in the proto3 JSON mapping (never System.Text.Json on generated types).</summary>
internal static class JsonOutput
{
    private static readonly JsonFormatter Indented = new(JsonFormatter.Settings.Default.WithIndentation("  "));
    private static readonly JsonFormatter Compact = new(JsonFormatter.Settings.Default);
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public static void Write(TextWriter output, IMessage message) => output.WriteLine(Indented.Format(message));

    /// <summary>One message per line (for streams: watch, extract --format jsonl).</summary>
    public static void WriteLine(TextWriter output, IMessage message) => output.WriteLine(Compact.Format(message));

    public static string Format(IMessage message) => Compact.Format(message);

    public static T Parse<T>(string json) where T : IMessage<T>, new() => Parser.Parse<T>(json);
}
