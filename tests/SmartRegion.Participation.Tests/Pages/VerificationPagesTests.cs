using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Participation.Verification;
using SmartRegion.TestKit;

namespace SmartRegion.Participation.Tests.Pages;

public sealed class VerificationPagesTests(ParticipationHost host) : ParticipationTest(host)
{
    [Fact]
    public async Task staff_print_letter_codes_and_a_resident_who_enters_one_is_verified_once_and_both_are_audited()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var form = await HtmlPage.LoadAsync(staff, "/verwaltung/mitmachen/briefe");
        var letters = await HtmlPage.FromAsync(await form.SubmitAsync(staff, "main form", new Dictionary<string, string>
        {
            ["Model.MunicipalityAgs"] = Personas.Hoechberg,
            ["Model.Recipients"] = "Erika Muster; Hauptstraße 1, 97204 Höchberg\nMax Muster; Hauptstraße 2, 97204 Höchberg",
        }), "/verwaltung/mitmachen/briefe");
        var codes = letters.Document.QuerySelectorAll("main table tbody .sr-token").Select(c => c.TextContent).ToList();
        Assert.Equal(2, codes.Count);

        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        var page = await HtmlPage.LoadAsync(resident, "/mitmachen/nachweis");
        var redeemed = await page.SubmitAsync(resident, "main form:has(input[name='Letter.Code'])", new Dictionary<string, string> { ["Letter.Code"] = codes[0] });
        Assert.Equal("/mitmachen/nachweis?erledigt=true", Target(redeemed));

        using var other = await Personas.SignedInClientAsync(Host, Personas.ModeratorHoechberg);
        var otherPage = await HtmlPage.LoadAsync(other, "/mitmachen/nachweis");
        var reused = await HtmlPage.FromAsync(await otherPage.SubmitAsync(other, "main form:has(input[name='Letter.Code'])",
            new Dictionary<string, string> { ["Letter.Code"] = codes[0] }), "/mitmachen/nachweis");
        Assert.Equal("feld-code", Assert.Single(reused.ErrorSummaryLinks()).Target);

        var verified = await Host.QueryAsync(db => db.VerifiedResidents.ToListAsync());
        Assert.Equal("Erika Muster", Assert.Single(verified).Name);
        Assert.Equal(2, await Host.QueryAsync(db => db.LetterCodes.CountAsync()));
        Assert.DoesNotContain(codes[1], await Host.QueryAsync(db => db.LetterCodes.Select(c => c.CodeHash).ToListAsync()));
        var actions = (await AuditTrail.ReadAsync(Host)).Select(a => a.Action).ToList();
        Assert.Contains("participation-letter-codes.generated", actions);
        Assert.Contains("participation-residents.verified-by-letter", actions);
    }

    [Fact]
    public async Task a_letter_list_with_a_bad_line_shows_the_error_summary_and_stores_nothing()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var form = await HtmlPage.LoadAsync(staff, "/verwaltung/mitmachen/briefe");

        var page = await HtmlPage.FromAsync(await form.SubmitAsync(staff, "main form", new Dictionary<string, string>
        {
            ["Model.MunicipalityAgs"] = Personas.Hoechberg,
            ["Model.Recipients"] = "Erika Muster ohne Anschrift",
        }), "/verwaltung/mitmachen/briefe");

        Assert.Equal("feld-recipients", Assert.Single(page.ErrorSummaryLinks()).Target);
        Assert.Equal(0, await Host.QueryAsync(db => db.LetterCodes.CountAsync()));
    }

    [Fact]
    public async Task staff_of_another_municipality_cannot_make_letters_for_it()
    {
        using var rimpar = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        var form = await HtmlPage.LoadAsync(rimpar, "/verwaltung/mitmachen/briefe");

        var response = await form.SubmitAsync(rimpar, "main form", new Dictionary<string, string>
        {
            ["Model.MunicipalityAgs"] = Personas.Hoechberg,
            ["Model.Recipients"] = "Erika Muster; Hauptstraße 1",
        });

        Assert.Equal("/fehler/403", Target(response));
        Assert.Equal(0, await Host.QueryAsync(db => db.LetterCodes.CountAsync()));
    }

    [Fact]
    public async Task a_resident_shows_a_number_at_the_town_hall_and_staff_verify_them_in_person_audited()
    {
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        var page = await HtmlPage.LoadAsync(resident, "/mitmachen/nachweis");
        await page.SubmitAsync(resident, "main form:not(:has(input[name='Letter.Code']))", new Dictionary<string, string>());
        var number = (await HtmlPage.LoadAsync(resident, "/mitmachen/nachweis")).Document.GetElementById("rathaus-code")!.TextContent;

        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var form = await HtmlPage.LoadAsync(staff, "/verwaltung/mitmachen/nachweise");
        var wrong = await HtmlPage.FromAsync(await form.SubmitAsync(staff, "main form", new Dictionary<string, string>
        {
            ["Model.MunicipalityAgs"] = Personas.Hoechberg, ["Model.Code"] = "00000000", ["Model.Name"] = "",
        }), "/verwaltung/mitmachen/nachweise");
        var done = await form.SubmitAsync(staff, "main form", new Dictionary<string, string>
        {
            ["Model.MunicipalityAgs"] = Personas.Hoechberg, ["Model.Code"] = number, ["Model.Name"] = "Erika Muster",
        });

        Assert.Equal(["feld-code", "feld-name"], wrong.ErrorSummaryLinks().Select(l => l.Target).ToArray());
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var verified = Assert.Single(await Host.QueryAsync(db => db.VerifiedResidents.ToListAsync()));
        Assert.Equal(VerificationMethods.InPerson, verified.Method);
        Assert.Single(await AuditTrail.ReadAsync(Host, "participation-residents.verified-in-person"));
    }
}
