using Conflict.Sources.V1;

namespace Conflict.Sources.Resolution;

/// <summary>What the resolver knows of a source: its identity, kind, place in the hierarchy and every name.</summary>
internal sealed record ResolvableSource(
    string Id, string DisplayName, SourceKind Kind, string Country, string ParentId, bool Person, IReadOnlyList<ResolvableName> Names);
