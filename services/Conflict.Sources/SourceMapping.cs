using System.Globalization;
using Conflict.Sources.Feed;
using Conflict.Sources.Resolution;
using Conflict.Sources.V1;
using Conflict.Sources.Writes;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Conflict.Sources;

/// <summary>Converts between the contract's messages and the rows and domain values of this service.</summary>
internal static class SourceMapping
{
    public const string NamePrefix = "sources/";

    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default);

    /// <summary>Reads feed snapshots; tolerates fields a newer replica may have written during a rolling upgrade.</summary>
    private static readonly JsonParser SnapshotParser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public static string NameOf(string id) => NamePrefix + id;

    public static string Etag(SourceRow row) => row.Revision.ToString(CultureInfo.InvariantCulture);

    public static Source ToProto(SourceRecord record)
    {
        var row = record.Row;
        var source = new Source
        {
            Name = NameOf(row.Id),
            DisplayName = row.DisplayName,
            Kind = (SourceKind)row.Kind,
            Country = row.Country,
            AlignedParty = row.AlignedParty,
            Parent = row.ParentId.Length == 0 ? "" : NameOf(row.ParentId),
            Person = row.Person != 0,
            PriorGrade = (ReliabilityGrade)row.PriorGrade,
            Description = row.Description,
            CreateTime = Time(row.CreateMs),
            UpdateTime = Time(row.UpdateMs),
            DeleteTime = row.DeleteMs == 0 ? null : Time(row.DeleteMs),
            Etag = Etag(row),
            Creator = row.Creator,
            Updater = row.Updater,
        };
        source.Aliases.AddRange(record.Aliases.Select(a => new Alias { Name = a.Name, Language = a.Language }));
        return source;
    }

    /// <summary>The writable fields of a validated source.</summary>
    public static SourceDraft ToDraft(Source source) => new()
    {
        DisplayName = source.DisplayName.Trim(),
        Kind = (long)source.Kind,
        Country = source.Country,
        AlignedParty = source.AlignedParty,
        ParentId = source.Parent.Length == 0 ? "" : source.Parent[NamePrefix.Length..],
        Person = source.Person,
        PriorGrade = (long)source.PriorGrade,
        Description = source.Description,
        Aliases = [.. source.Aliases.Select(a => (a.Name.Trim(), a.Language))],
    };

    public static string ToJson(SourceRecord record) => Json.Format(ToProto(record));

    public static Source FromSnapshot(string snapshot) => SnapshotParser.Parse<Source>(snapshot);

    public static WatchSourcesResponse ToProto(ChangeRow change) => new()
    {
        Sequence = change.Sequence,
        ChangeType = (ChangeType)change.ChangeType,
        Source = FromSnapshot(change.Snapshot),
        ChangeTime = Time(change.ChangeMs),
    };

    public static ResolvableSource ToResolvable(SourceRecord record)
    {
        var row = record.Row;
        ResolvableName[] names = [new(row.DisplayName, ""), .. record.Aliases.Select(a => new ResolvableName(a.Name, a.Language))];
        return new ResolvableSource(row.Id, row.DisplayName, (SourceKind)row.Kind, row.Country, row.ParentId, row.Person != 0, names);
    }

    /// <summary>The resolver's view of a source message (a feed snapshot).</summary>
    public static ResolvableSource ToResolvable(Source source)
    {
        ResolvableName[] names = [new(source.DisplayName, ""), .. source.Aliases.Select(a => new ResolvableName(a.Name, a.Language))];
        var parent = source.Parent.Length == 0 ? "" : source.Parent[NamePrefix.Length..];
        return new ResolvableSource(source.Name[NamePrefix.Length..], source.DisplayName, source.Kind, source.Country, parent, source.Person, names);
    }

    public static ResolveSourceResponse ToProto(ResolutionResult result, string text)
    {
        var response = new ResolveSourceResponse { Text = text, Ambiguous = result.Ambiguous, Match = result.Match is null ? null : ToProto(result.Match) };
        response.Candidates.AddRange(result.Candidates.Select(ToProto));
        return response;
    }

    private static SourceMatch ToProto(ResolvedMatch match) => new()
    {
        Source = NameOf(match.SourceId),
        DisplayName = match.DisplayName,
        Confidence = match.Confidence,
        MatchedAlias = match.MatchedName,
    };

    private static Timestamp Time(long ms) => Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(ms));
}
