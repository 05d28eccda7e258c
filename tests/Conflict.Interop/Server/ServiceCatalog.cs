using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Conflict.Interop.Server;

/// <summary>The services a server offers, and the descriptor files behind them, for health and reflection.</summary>
internal sealed class ServiceCatalog(IReadOnlyList<ServiceDescriptor> services)
{
    public IEnumerable<string> ServiceNames => services.Select(s => s.FullName);

    public bool Knows(string service) => service.Length == 0 || services.Any(s => s.FullName == service);

    /// <summary>The file defining <paramref name="symbol"/> and its dependencies, serialized; null when unknown.</summary>
    public IReadOnlyList<ByteString>? FileContainingSymbol(string symbol)
    {
        var file = Files().FirstOrDefault(f => Defines(f, symbol));
        return file is null ? null : WithDependencies(file);
    }

    /// <summary>The file named <paramref name="name"/> and its dependencies, serialized; null when unknown.</summary>
    public IReadOnlyList<ByteString>? FileByName(string name)
    {
        var file = Files().FirstOrDefault(f => f.Name == name);
        return file is null ? null : WithDependencies(file);
    }

    private IEnumerable<FileDescriptor> Files() => services.Select(s => s.File).SelectMany(Closure).DistinctBy(f => f.Name);

    private static bool Defines(FileDescriptor file, string symbol) =>
        file.Services.Any(s => s.FullName == symbol || s.Methods.Any(m => m.FullName == symbol))
        || file.MessageTypes.Any(m => m.FullName == symbol) || file.EnumTypes.Any(e => e.FullName == symbol);

    private static List<ByteString> WithDependencies(FileDescriptor file) => Closure(file).Select(f => f.SerializedData).ToList();

    private static IEnumerable<FileDescriptor> Closure(FileDescriptor file) =>
        new[] { file }.Concat(file.Dependencies.SelectMany(Closure)).DistinctBy(f => f.Name);
}
