using Google.Protobuf.Reflection;

namespace Conflict.ServiceDefaults.Reflection;

/// <summary>The files of the mapped services and their dependencies, by file name and by symbol.</summary>
internal sealed class DescriptorIndex
{
    private readonly Dictionary<string, FileDescriptor> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileDescriptor> _symbols = new(StringComparer.Ordinal);

    public DescriptorIndex(IReadOnlyList<ServiceDescriptor> services)
    {
        Services = services.Select(s => s.FullName).ToList();
        foreach (var service in services)
        {
            AddFile(service.File);
        }
    }

    public IReadOnlyList<string> Services { get; }

    public FileDescriptor? FindFile(string name) => _files.GetValueOrDefault(name);

    public FileDescriptor? FindSymbol(string symbol) => _symbols.GetValueOrDefault(symbol);

    public bool IsMessage(string fullName) => _symbols.TryGetValue(fullName, out var file)
        && file.MessageTypes.Concat(file.MessageTypes.SelectMany(Nested)).Any(m => m.FullName == fullName);

    /// <summary>The file first, then every file it depends on, each once.</summary>
    public static IEnumerable<FileDescriptor> WithDependencies(FileDescriptor file)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<FileDescriptor>([file]);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!seen.Add(next.Name))
            {
                continue;
            }
            yield return next;
            foreach (var dependency in next.Dependencies)
            {
                pending.Push(dependency);
            }
        }
    }

    private void AddFile(FileDescriptor file)
    {
        if (!_files.TryAdd(file.Name, file))
        {
            return;
        }
        foreach (var service in file.Services)
        {
            _symbols[service.FullName] = file;
            foreach (var method in service.Methods)
            {
                _symbols[method.FullName] = file;
            }
        }
        foreach (var message in file.MessageTypes.Concat(file.MessageTypes.SelectMany(Nested)))
        {
            _symbols[message.FullName] = file;
            foreach (var nestedEnum in message.EnumTypes)
            {
                _symbols[nestedEnum.FullName] = file;
            }
        }
        foreach (var enumType in file.EnumTypes)
        {
            _symbols[enumType.FullName] = file;
        }
        foreach (var dependency in file.Dependencies)
        {
            AddFile(dependency);
        }
    }

    private static IEnumerable<MessageDescriptor> Nested(MessageDescriptor message) =>
        message.NestedTypes.Concat(message.NestedTypes.SelectMany(Nested));
}
