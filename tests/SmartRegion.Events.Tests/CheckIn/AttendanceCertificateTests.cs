using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.CheckIn;

/// <summary>
/// „Teilnahmebescheinigung“: a person checked in at the door downloads a PDF naming them, the event, its date, organiser
/// and place, in the language they registered in; before the check-in, or with a forged link, there is none.
/// </summary>
public sealed class AttendanceCertificateTests(EventsHost host) : EventsTest(host)
{
    /// <summary>The text the PDF draws, read back from its pages' content streams.</summary>
    private static string TextOf(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            Collect(ContentReader.ReadContent(page), text);
        }

        return text.ToString();
    }

    private static void Collect(CObject content, StringBuilder text)
    {
        switch (content)
        {
            case CString s:
                text.Append(s.Value).Append(' ');
                break;
            case COperator op:
                foreach (var operand in op.Operands)
                {
                    Collect(operand, text);
                }

                break;
            case CSequence sequence:
                foreach (var item in sequence)
                {
                    Collect(item, text);
                }

                break;
        }
    }

    private async Task<DoorKit.Registered> CheckedInAsync(HttpClient registrant)
    {
        var date = await Host.PublishedDateAsync(capacity: 3);
        var erika = await DoorKit.RegisterAsync(registrant, date, "erika@beispiel.de");
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        Assert.Equal(HttpStatusCode.OK, (await DoorKit.CheckInAsync(staff, erika.Id)).StatusCode);
        return erika;
    }

    [Fact]
    public async Task a_person_checked_in_downloads_a_pdf_certificate_that_names_them_and_the_event()
    {
        var erika = await CheckedInAsync(Client);

        var manage = await GetPageAsync($"/veranstaltungen/anmeldung/{erika.Token}");
        var href = manage.Document.QuerySelector("#teilnahmebescheinigung")?.GetAttribute("href");
        using var response = await Client.GetAsync(new Uri(href!, UriKind.Relative));

        Assert.Equal($"/api/events/registrations/{erika.Token}/certificate", href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("teilnahmebescheinigung.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        var text = TextOf(pdf);
        Assert.Contains("Teilnahmebescheinigung", text, StringComparison.Ordinal);
        Assert.Contains("Erika Muster", text, StringComparison.Ordinal);
        Assert.Contains("Workshop", text, StringComparison.Ordinal);
        Assert.Contains("Gemeinde Höchberg", text, StringComparison.Ordinal);
        Assert.Contains("Dezember 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task someone_who_registered_in_english_gets_the_certificate_in_english()
    {
        using var english = Host.CreateBrowserClient();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var erika = await CheckedInAsync(english);

        // The language is the one they registered in, whichever language the download is asked in.
        using var response = await Client.GetAsync(new Uri($"/api/events/registrations/{erika.Token}/certificate", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = TextOf(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Certificate of attendance", text, StringComparison.Ordinal);
        Assert.Contains("Erika Muster", text, StringComparison.Ordinal);
        Assert.Contains("December 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Teilnahmebescheinigung", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task before_the_check_in_there_is_no_certificate_but_a_clear_404_and_no_link()
    {
        var date = await Host.PublishedDateAsync(capacity: 3);
        var erika = await DoorKit.RegisterAsync(Client, date, "erika@beispiel.de");

        using var response = await Client.GetAsync(new Uri($"/api/events/registrations/{erika.Token}/certificate", UriKind.Relative));
        var manage = await GetPageAsync($"/veranstaltungen/anmeldung/{erika.Token}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("erst, wenn Sie beim Einlass", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(manage.Document.QuerySelector("#teilnahmebescheinigung"));
        Assert.NotNull(manage.Document.QuerySelector("#einlass-qr"));
    }

    [Theory]
    [InlineData("gefaelscht")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task a_forged_link_gets_a_clear_404(string token)
    {
        await CheckedInAsync(Client);

        using var response = await Client.GetAsync(new Uri($"/api/events/registrations/{token}/certificate", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ungültig", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_name_beyond_western_letters_still_gets_its_certificate()
    {
        var date = await Host.PublishedDateAsync(capacity: 3);
        var person = await DoorKit.RegisterAsync(Client, date, "lukasz@beispiel.de", name: "Łukasz Żółć – Ωmega");
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await DoorKit.CheckInAsync(staff, person.Id);

        using var response = await Client.GetAsync(new Uri($"/api/events/registrations/{person.Token}/certificate", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.Equal(1, document.PageCount);
    }
}
