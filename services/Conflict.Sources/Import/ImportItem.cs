using Conflict.Sources.Writes;

namespace Conflict.Sources.Import;

/// <summary>One validated item of a bulk import.</summary>
internal sealed record ImportItem(string ImportKey, string SourceId, SourceDraft Draft);
