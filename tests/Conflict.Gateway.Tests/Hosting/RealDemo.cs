using System.Net;
using Conflict.Reconciliation.V1;

namespace Conflict.Gateway.Tests.Hosting;

/// <summary>
/// Seeds the real services through the gateway's own API with a small demo (figures as reported about the
/// Kursk incursion; quotes in our own words), and waits for Reconciliation to catch up by polling.
/// </summary>
internal static class RealDemo
{
    public const string Area = "area_controlled/ua/RU-KRS";

    private static readonly (string Id, string Name, string Kind, string Party)[] Speakers =
    [
        ("syrsky", "Oleksandr Syrsky", "SOURCE_KIND_MILITARY", "ua"),
        ("zelensky", "Volodymyr Zelensky", "SOURCE_KIND_HEAD_OF_STATE", "ua"),
        ("ru-mod", "Russian Ministry of Defence", "SOURCE_KIND_GOVERNMENT_BODY", "ru"),
        ("isw", "Institute for the Study of War", "SOURCE_KIND_THINK_TANK", ""),
        ("uk-mod", "UK Ministry of Defence", "SOURCE_KIND_GOVERNMENT_BODY", ""),
    ];

    public static async Task SeedSourcesAsync(HttpClient http)
    {
        foreach (var (id, name, kind, party) in Speakers)
        {
            var response = await http.PostAsync($"/v1/sources?sourceId={id}", HttpJson.Body($$"""{"displayName":"{{name}}","kind":"{{kind}}","alignedParty":"{{party}}"}"""));
            Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>Creates the claims of one variable in one batch; returns how many.</summary>
    public static async Task<int> SeedClaimsAsync(HttpClient http, string variable)
    {
        var claims = new[]
        {
            Claim("syrsky", variable, "2024-08-12", "QUALIFIER_MORE_THAN", "\"low\":1000", "more than 1,000 km²"),
            Claim("isw", variable, "2024-08-13", "QUALIFIER_APPROXIMATE", "\"point\":800", "about 800 km²"),
            Claim("zelensky", variable, "2025-03-10", "QUALIFIER_APPROXIMATE", "\"point\":500", "about 500 km²"),
            Claim("uk-mod", variable, "2025-03-11", "QUALIFIER_APPROXIMATE", "\"point\":300", "about 300 km²"),
        };
        var body = "{\"requests\":[" + string.Join(",", claims.Select(c => "{\"claim\":" + c + "}")) + "]}";
        (await http.PostAsync("/v1/claims:batchCreate", HttpJson.Body(body))).EnsureSuccessStatusCode();
        return claims.Length;
    }

    public static string Claim(string claimant, string variable, string date, string qualifier, string value, string text)
    {
        var (measure, party, place) = (variable.Split('/')[0], variable.Split('/')[1], variable.Split('/')[2]);
        return $$"""
            {"claimant":"sources/{{claimant}}","measure":"measures/{{measure}}","scope":{"party":"{{party}}","place":"{{place}}"},
             "quantity":{"qualifier":"{{qualifier}}",{{value}},"unit":"km2","text":"{{text}}"},
             "asOf":{"startDate":"{{date}}","endDate":"{{date}}"},"quote":"a statement put in our own words: {{text}}"}
            """;
    }

    /// <summary>Polls the timeline until it holds <paramref name="evidence"/> claims (Reconciliation follows the feed).</summary>
    public static async Task<Timeline> WaitForTimelineAsync(HttpClient http, string variable, int evidence)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (true)
        {
            var response = await http.GetAsync($"/v1/timelines/{variable}", cts.Token);
            if (response.IsSuccessStatusCode)
            {
                var timeline = await response.ReadMessageAsync<Timeline>();
                if (timeline.Evidence.Count >= evidence)
                {
                    return timeline;
                }
            }
            await Task.Delay(200, cts.Token);
        }
    }
}
