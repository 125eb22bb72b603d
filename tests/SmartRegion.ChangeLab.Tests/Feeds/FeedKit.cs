using System.Net.Http.Json;
using System.Text.Json;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Feeds;

/// <summary>Steps the feed tests share: book through the API, make a feed address through the API, fetch a feed without a session.</summary>
internal static class FeedKit
{
    public static async Task BookAsync(HttpClient client, string resource, string day, string? from = null, string? to = null)
    {
        var booked = await client.PostAsJsonAsync("/api/changelab/bookings", new { resource, day, from, to });
        Assert.Equal(System.Net.HttpStatusCode.Created, booked.StatusCode);
    }

    /// <summary>The personal feed's path (without origin) from a new address made through the API.</summary>
    public static async Task<string> IssueAsync(HttpClient client, bool replace = false)
    {
        var issued = await client.PostAsJsonAsync("/api/changelab/me/feed", new { replace });
        Assert.Equal(System.Net.HttpStatusCode.OK, issued.StatusCode);
        return PathOf((await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("address").GetString()!);
    }

    public static string PathOf(string address) => new Uri(address).AbsolutePath;

    /// <summary>The key inside a personal feed path <c>/change-lab/kalender/{key}.ics</c>.</summary>
    public static string KeyOf(string path) => path["/change-lab/kalender/".Length..^".ics".Length];

    public static string ResourcePath(string personalPath, string slug) => personalPath[..^".ics".Length] + $"/plaetze/{slug}.ics";

    public static async Task<Fetched> FetchAsync(SmartRegionHost host, string path)
    {
        // A calendar program: no cookie, no session.
        using var calendar = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var response = await calendar.GetAsync(new Uri(path, UriKind.Relative));
        return new Fetched(response.StatusCode, response.Headers.CacheControl?.ToString(), response.Content.Headers.ContentType?.MediaType,
            await response.Content.ReadAsStringAsync(), response.Headers.Contains("Set-Cookie"));
    }
}

/// <summary>What a calendar program got.</summary>
internal sealed record Fetched(System.Net.HttpStatusCode Status, string? CacheControl, string? MediaType, string Body, bool SetsCookie)
{
    public JsonElement Events => IcsParser.Parse(Body).GetProperty("events");
}
