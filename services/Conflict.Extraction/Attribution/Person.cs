namespace Conflict.Extraction.Attribution;

/// <summary>A person named in the document, with the roles and side its titles gave ("Ukrainian army commander").</summary>
internal sealed class Person(string name, string lastKey)
{
    public string Name { get; set; } = name;
    public string LastKey { get; } = lastKey;
    public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);
    public string Party { get; set; } = "";

    public Speaker AsSpeaker() => new(Name, Party, SpeakerKind.Person);
}
