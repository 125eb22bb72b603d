using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Features;

/// <summary>„Meine Daten“ names the calendar address and since when; deleting the account takes it away.</summary>
public sealed class PersonalFeedPrivacyTests(EventsHost host) : EventsTest(host)
{
    private static async Task<string> IssueAsync(HttpClient client)
    {
        var response = await client.PostAsync(new Uri("/api/events/me/feed", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return new Uri((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!).PathAndQuery;
    }

    [Fact]
    public async Task the_data_export_says_that_a_calendar_address_exists_and_since_when_without_the_address()
    {
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        var before = await resident.GetFromJsonAsync<JsonElement>("/api/hub/me/data");
        var path = await IssueAsync(resident);

        var export = await resident.GetStringAsync(new Uri("/api/hub/me/data", UriKind.Relative));

        Assert.Equal(JsonValueKind.Null, before.GetProperty("sections").GetProperty("veranstaltungen").ValueKind);
        var feed = JsonDocument.Parse(export).RootElement.GetProperty("sections").GetProperty("veranstaltungen").GetProperty("calendarAddress");
        Assert.True(feed.GetProperty("exists").GetBoolean());
        Assert.Equal(EventsHost.Start, feed.GetProperty("since").GetDateTimeOffset());
        Assert.DoesNotContain(path.Split('/')[^1][..20], export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task deleting_the_account_removes_the_calendar_address()
    {
        var person = await People.CreateAsync(Host, "abo@beispiel.de");
        await People.SignInSucceedsAsync(Client, person.Email);
        var path = await IssueAsync(Client);

        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/hub/me") { Content = JsonContent.Create(new { password = People.Password, confirm = true }) };
        Assert.Equal(HttpStatusCode.NoContent, (await Client.SendAsync(request)).StatusCode);
        await Host.DispatchOutboxAsync();

        Assert.False(await Host.QueryAsync(db => db.PersonalFeeds.AnyAsync(f => f.PersonId == person.Id)));
        using var calendar = Host.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NotFound, (await calendar.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
    }
}
