using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Google.Protobuf;

namespace Conflict.Gateway.Tests;

/// <summary>Small helpers to send JSON and read the gateway's answers (as messages or as problems).</summary>
internal static class HttpJson
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    public static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>
    /// Gets <paramref name="path"/> every 100 ms until it answers with a success code or <paramref name="within"/>
    /// has passed; returns the last answer. For what only becomes true after a while: a service's readiness checks
    /// run every 2 s, and a channel reconnects after a backoff of up to 2 s.
    /// </summary>
    public static async Task<HttpResponseMessage> EventuallyOkAsync(this HttpClient http, string path, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var response = await http.GetAsync(path);
            if (response.IsSuccessStatusCode || DateTime.UtcNow > deadline)
            {
                return response;
            }
            response.Dispose();
            await Task.Delay(100);
        }
    }

    public static async Task<T> ReadMessageAsync<T>(this HttpResponseMessage response)
        where T : IMessage<T>, new()
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return Parser.Parse<T>(text);
    }

    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static HttpRequestMessage Patch(string uri, string json) => new(HttpMethod.Patch, uri) { Content = Body(json) };

    public static MediaTypeHeaderValue? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType;
}
