using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Registrations;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Pages;

public sealed class RegistrationPagesTests(EventsHost host) : EventsTest(host)
{
    private async Task<(string Slug, Guid Date)> EventAsync(int capacity)
    {
        var date = await Host.PublishedDateAsync(capacity);
        var slug = await Host.QueryAsync(db => db.Dates.Where(d => d.Id == date).Join(db.Events, d => d.EventId, e => e.Id, (d, e) => e.Slug).SingleAsync());
        return (slug, date);
    }

    private async Task<HttpResponseMessage> RegisterAsync(string slug, Guid date, string email, bool consent = true)
    {
        var page = await GetPageAsync($"/veranstaltungen/{slug}");
        var values = new Dictionary<string, string> { ["Model.DateId"] = date.ToString(), ["Model.Seats"] = "1", ["Model.Name"] = "Erika Muster", ["Model.Email"] = email };
        if (consent)
        {
            values["Model.Consent"] = "true";
        }

        return await page.SubmitAsync(Client, "form[aria-labelledby=anmelden]", values);
    }

    [Fact]
    public async Task registering_on_the_event_page_leads_to_the_registration_page_where_one_can_cancel()
    {
        var (slug, date) = await EventAsync(capacity: 5);

        var response = await RegisterAsync(slug, date, "erika@beispiel.de");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString;
        Assert.StartsWith("/veranstaltungen/anmeldung/", target, StringComparison.Ordinal);
        var manage = await GetPageAsync(target);
        Assert.Contains("Anmeldung ist gespeichert", manage.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var cancel = await manage.SubmitAsync(Client, "form", new Dictionary<string, string> { ["Model.Action"] = ManageRegistration.Cancel });
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Equal(RegistrationStatus.Cancelled, await Host.QueryAsync(db => db.Registrations.Where(r => r.DateId == date).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task a_registration_without_consent_shows_the_error_summary_and_stores_nothing()
    {
        var (slug, date) = await EventAsync(capacity: 5);

        var response = await RegisterAsync(slug, date, "erika@beispiel.de", consent: false);

        var page = await HtmlPage.FromAsync(response, $"/veranstaltungen/{slug}");
        Assert.Contains(page.ErrorSummaryLinks(), l => l.Target.EndsWith("feld-consent", StringComparison.Ordinal));
        Assert.Equal(0, await Host.QueryAsync(db => db.Registrations.CountAsync(r => r.DateId == date)));
    }

    [Fact]
    public async Task a_double_submit_on_the_page_shows_a_clear_message_and_keeps_one_registration()
    {
        var (slug, date) = await EventAsync(capacity: 5);
        await RegisterAsync(slug, date, "erika@beispiel.de");

        var again = await RegisterAsync(slug, date, "erika@beispiel.de");

        var page = await HtmlPage.FromAsync(again, $"/veranstaltungen/{slug}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("schon eine Anmeldung", page.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await Host.QueryAsync(db => db.Registrations.CountAsync(r => r.DateId == date)));
    }

    [Fact]
    public async Task a_forged_link_shows_a_clear_message_and_no_buttons()
    {
        var page = await GetPageAsync("/veranstaltungen/anmeldung/gefaelscht");

        Assert.Contains("ungültig", page.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("form"));
    }
}
