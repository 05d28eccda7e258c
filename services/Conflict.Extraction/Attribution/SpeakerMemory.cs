namespace Conflict.Extraction.Attribution;

/// <summary>
/// The people named so far, most recent last, and the last speakers: what "he", "the president" or
/// "le chef de l'État" point back to.
/// </summary>
internal sealed class SpeakerMemory
{
    private readonly List<Person> _people = [];

    public Person? LastPersonSpeaker { get; private set; }

    public Speaker? LastSpeaker { get; private set; }

    /// <summary>Adds or updates a person; a surname already known merges into the earlier, fuller name.</summary>
    public Person Register(string name, string lastKey, IEnumerable<string> roles, string party)
    {
        var person = _people.FindLast(p => p.LastKey == lastKey);
        if (person is null)
        {
            person = new Person(name, lastKey);
        }
        else
        {
            _people.Remove(person);
            if (name.Length > person.Name.Length)
            {
                person.Name = name;
            }
        }
        person.Roles.UnionWith(roles);
        person.Party = person.Party.Length > 0 ? person.Party : party;
        _people.Add(person);
        return person;
    }

    /// <summary>The most recent person holding one of <paramref name="roles"/>.</summary>
    public Person? ByRole(IReadOnlyCollection<string> roles)
        => _people.FindLast(p => p.Roles.Overlaps(roles));

    public void Spoke(Speaker speaker)
    {
        LastSpeaker = speaker;
        if (speaker.Kind == SpeakerKind.Person && _people.FindLast(p => p.Name == speaker.Name) is { } person)
        {
            LastPersonSpeaker = person;
        }
    }
}
