using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Pages;

/// <summary>„Meine Termine im Kalender“: plain form posts without JavaScript, an error summary for a missing tick, German and English.</summary>
public sealed class PersonalFeedPageTests(EventsHost host) : EventsTest(host)
{
    private const string Url = "/veranstaltungen/mein-kalender";

    private async Task<HttpStatusCode> FetchAsync(string address)
    {
        using var calendar = Host.CreateBrowserClient();
        return (await calendar.GetAsync(new Uri(new Uri(address).PathAndQuery, UriKind.Relative))).StatusCode;
    }

    private async Task<HtmlPage> SubmitAsync(string form, IReadOnlyDictionary<string, string>? values = null)
    {
        var page = await HtmlPage.LoadAsync(Client, Url);
        return await HtmlPage.FromAsync(await page.SubmitAsync(Client, form, values ?? new Dictionary<string, string>()), Url);
    }

    private static string PathOf(HttpResponseMessage redirect) =>
        redirect.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : redirect.Headers.Location?.OriginalString ?? "";

    private static string Address(HtmlPage page) => page.Document.QuerySelector("#feld-adresse")?.GetAttribute("value") ?? throw new InvalidOperationException("No address shown.");

    [Fact]
    public async Task the_page_makes_replaces_and_deletes_the_address_with_plain_form_posts()
    {
        await Personas.SignInAsync(Host, Client, Personas.Resident);

        var created = await SubmitAsync("#feed-create");
        var first = Address(created);
        var missingTick = await SubmitAsync("#feed-replace");
        var replaced = await SubmitAsync("#feed-replace", new Dictionary<string, string> { ["ReplaceModel.Confirm"] = "true" });
        var second = Address(replaced);

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("Meine Termine im Kalender", created.H1);
        Assert.Equal([("Bitte bestätigen Sie, dass die alte Adresse nicht mehr funktionieren soll.", "feld-confirm-replace")], missingTick.ErrorSummaryLinks());
        Assert.NotNull(missingTick.Document.QuerySelector("#feld-confirm-replace[aria-invalid=true]"));
        Assert.Null(missingTick.Document.QuerySelector("#feld-adresse"));
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(first));
        Assert.Equal(HttpStatusCode.OK, await FetchAsync(second));

        var page = await HtmlPage.LoadAsync(Client, Url);
        var delete = await page.SubmitAsync(Client, "#feed-delete", new Dictionary<string, string> { ["DeleteModel.Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Equal(Url + "?erledigt=geloescht", PathOf(delete));
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(second));
        var after = await HtmlPage.LoadAsync(Client, Url + "?erledigt=geloescht");
        Assert.NotNull(after.Document.QuerySelector("#feed-create"));
        Assert.Contains("gelöscht", after.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task deleting_without_the_tick_shows_the_error_summary_and_keeps_the_address()
    {
        await Personas.SignInAsync(Host, Client, Personas.Resident);
        var address = Address(await SubmitAsync("#feed-create"));

        var refused = await SubmitAsync("#feed-delete");

        Assert.Equal("feld-confirm-delete", Assert.Single(refused.ErrorSummaryLinks()).Target);
        Assert.Equal(HttpStatusCode.OK, await FetchAsync(address));
    }

    [Fact]
    public async Task without_signing_in_the_page_sends_people_to_the_sign_in_form()
    {
        var response = await Client.GetAsync(new Uri(Url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/anmelden", PathOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task in_english_the_page_explains_the_feed_in_english()
    {
        await Personas.SignInAsync(Host, Client, Personas.Resident);
        using var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.AcceptLanguage.ParseAdd("en-US");

        var page = await HtmlPage.FromAsync(await Client.SendAsync(request), Url);

        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("My dates in my calendar", page.H1);
        Assert.Contains("Make an address", page.Document.QuerySelector("#feed-create")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_account_page_and_the_calendar_link_to_the_page()
    {
        var calendar = await HtmlPage.LoadAsync(Client, "/veranstaltungen");
        await Personas.SignInAsync(Host, Client, Personas.Resident);
        var account = await HtmlPage.LoadAsync(Client, "/konto");

        Assert.NotNull(calendar.Document.QuerySelector($"main a[href='{Url}']"));
        Assert.NotNull(account.Document.QuerySelector($"main a[href='{Url}']"));
    }
}
