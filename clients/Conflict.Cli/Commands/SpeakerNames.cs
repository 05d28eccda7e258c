using Conflict.Cli.Cli;
using Conflict.Sources.V1;
using Grpc.Core;

namespace Conflict.Cli.Commands;

/// <summary>Display names of sources, looked up once each; the name as written when there is no source.</summary>
internal sealed class SpeakerNames(SourcesService.SourcesServiceClient sources)
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public async Task<string> NameAsync(string source, string asWritten, CancellationToken ct)
    {
        if (source.Length == 0)
        {
            return asWritten;
        }
        if (!_names.TryGetValue(source, out var name))
        {
            try
            {
                name = (await sources.GetSourceAsync(new GetSourceRequest { Name = source }, ct.Call())).DisplayName;
            }
            catch (RpcException error) when (error.StatusCode == StatusCode.NotFound)
            {
                name = asWritten.Length > 0 ? asWritten : source;
            }
            _names[source] = name;
        }
        return name;
    }
}
