using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Participation.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.Participation.Tests.Pages;

public sealed class VotingPagesTests(ParticipationHost host) : ParticipationTest(host)
{
    private const string BallotUrl = $"/mitmachen/{DemoProcessesSeeder.BudgetSlug}/abstimmen";

    private async Task<(HttpClient Client, Guid Resident)> VerifiedVoterAsync(string email, string name)
    {
        var person = await People.CreateAsync(Host, email);
        var resident = await Host.VerifyAsync(person.Id, Personas.Hoechberg, name);
        var client = Host.CreateBrowserClient();
        await People.SignInSucceedsAsync(client, email);
        return (client, resident);
    }

    private Task<List<(Guid Id, string Title)>> ProjectsAsync() => Host.QueryAsync(async db =>
        (await db.Projects.OrderBy(p => p.Position).Select(p => new { p.Id, p.Title }).ToListAsync()).Select(p => (p.Id, p.Title)).ToList());

    [Fact]
    public async Task an_over_budget_ballot_keeps_the_choice_and_names_the_project_that_does_not_fit_then_a_valid_one_shows_the_receipt_once()
    {
        var (voter, _) = await VerifiedVoterAsync("waehlerin@beispiel.de", "Erika Muster");
        var projects = await ProjectsAsync();
        var form = await HtmlPage.LoadAsync(voter, BallotUrl);
        var tooMuch = projects.Select(p => ("Model.Projects", p.Id.ToString())).Append(("Model.Action", "cast")).ToArray();

        var refused = await HtmlPage.FromAsync(await FormPosts.PostAsync(voter, form, "main form", tooMuch), BallotUrl);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        var summary = refused.ErrorSummaryLinks();
        Assert.Contains(summary, l => l.Target == "feld-projects" && l.Text.Contains("passt nicht mehr ins Budget", StringComparison.Ordinal));
        Assert.Equal(12, refused.Document.QuerySelectorAll("main input[type=checkbox][checked]").Length);
        Assert.Equal(0, await Host.QueryAsync(db => db.Ballots.CountAsync()));

        var check = await HtmlPage.FromAsync(await FormPosts.PostAsync(voter, refused, "main form",
            ("Model.Projects", projects[0].Id.ToString()), ("Model.Action", "check")), BallotUrl);
        Assert.Contains("Noch frei im Budget: 141.000", check.Document.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Host.QueryAsync(db => db.Ballots.CountAsync()));

        var cast = await HtmlPage.FromAsync(await FormPosts.PostAsync(voter, check, "main form",
            ("Model.Projects", projects[0].Id.ToString()), ("Model.Projects", projects[2].Id.ToString()), ("Model.Action", "cast")), BallotUrl);
        var receipt = cast.Document.GetElementById("beleg-code")!.TextContent;
        Assert.Matches("^[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}$", receipt);

        var counted = await GetPageAsync("/mitmachen/beleg?code=" + receipt);
        Assert.Contains("gezählt", counted.Document.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        var again = await HtmlPage.LoadAsync(voter, BallotUrl);
        Assert.Null(again.Document.QuerySelector("main form"));
        Assert.Contains("schon abgestimmt", again.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_unknown_receipt_code_shows_the_error_summary()
    {
        var page = await GetPageAsync("/mitmachen/beleg?code=AAAAA-BBBBB-CCCCC");

        Assert.Equal("feld-code", Assert.Single(page.ErrorSummaryLinks()).Target);
    }

    [Fact]
    public async Task an_unverified_person_sees_how_to_get_verified_instead_of_a_ballot()
    {
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);

        var page = await HtmlPage.LoadAsync(resident, BallotUrl);

        Assert.Null(page.Document.QuerySelector("main form"));
        Assert.Contains("bestätigte Einwohnerinnen", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task at_the_booth_staff_find_the_person_and_cast_their_ballot_after_which_the_online_ballot_is_refused()
    {
        var (voter, _) = await VerifiedVoterAsync("buerger@beispiel.de", "Max Mustermann");
        var id = await Host.BudgetIdAsync();
        var projects = await ProjectsAsync();
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var search = await HtmlPage.LoadAsync(staff, $"/verwaltung/mitmachen/{id}/urne?name=muster");
        var choose = search.Document.QuerySelector("main li a")!.GetAttribute("href")!;
        var ballot = await HtmlPage.LoadAsync(staff, choose);
        var cast = await HtmlPage.FromAsync(await FormPosts.PostAsync(staff, ballot, "main form:has(input[type=checkbox])",
            ("Model.Projects", projects[1].Id.ToString())), choose);

        Assert.NotNull(cast.Document.GetElementById("beleg-code"));
        var again = await HtmlPage.LoadAsync(staff, $"/verwaltung/mitmachen/{id}/urne?name=muster");
        Assert.Contains("hat schon abgestimmt", again.Document.QuerySelector("main ul")!.TextContent, StringComparison.Ordinal);
        var online = await HtmlPage.LoadAsync(voter, BallotUrl);
        Assert.Null(online.Document.QuerySelector("main form"));
        Assert.Contains("Wahllokal", online.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task in_english_the_ballot_is_english_and_the_project_names_carry_lang_de()
    {
        var (voter, _) = await VerifiedVoterAsync("waehlerin@beispiel.de", "Erika Muster");
        using var request = new HttpRequestMessage(HttpMethod.Get, BallotUrl);
        request.Headers.AcceptLanguage.ParseAdd("en-US");

        var page = await HtmlPage.FromAsync(await voter.SendAsync(request), BallotUrl);

        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Ballot", page.H1);
        Assert.All(page.Document.QuerySelectorAll("main label span"), s => Assert.Equal("de", s.GetAttribute("lang")));
    }
}
