using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.OpenData.Datasets;
using SmartRegion.TestKit;
using static SmartRegion.TestKit.Personas;

namespace SmartRegion.OpenData.Tests.Features;

/// <summary>
/// The public page of a dataset shows a link to its edit page to exactly those who may edit it (staff and admins of its
/// municipality, region admins), and the page cache never hands one person's link to another.
/// </summary>
public sealed class DatasetEditLinkTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    public static TheoryData<string, bool> Viewers => new()
    {
        { Anonymous, false },
        { Resident, false },
        { StaffHoechberg, false },
        { ModeratorHoechberg, false },
        { AdminHoechberg, false },
        { StaffRimpar, true },
        { AdminRimpar, true },
        { RegionAdmin, true },
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public async Task the_edit_link_is_shown_to_those_who_may_edit_the_dataset_and_opens_its_edit_page(string persona, bool shown)
    {
        var id = await PublishedInRimparAsync();
        await SignInAsync(Host, Client, persona);

        var page = await GetPageAsync("/daten/veroeffentlicht-rimpar");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var link = page.Document.QuerySelector($"main a[href='/verwaltung/daten/{id}']");
        Assert.Equal(shown, link is not null);
        if (link is not null)
        {
            Assert.Equal("Diesen Datensatz bearbeiten", link.TextContent.Trim());
            using var edit = await Client.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        }
    }

    [Fact]
    public async Task an_anonymous_visit_after_staff_and_a_staff_visit_after_an_anonymous_one_each_get_their_own_page()
    {
        var id = await PublishedInRimparAsync();
        using var staff = await SignedInClientAsync(Host, StaffRimpar);
        var selector = $"main a[href='/verwaltung/daten/{id}']";

        var first = await GetPageAsync("/daten/veroeffentlicht-rimpar");
        var staffPage = await HtmlPage.LoadAsync(staff, "/daten/veroeffentlicht-rimpar");
        var again = await GetPageAsync("/daten/veroeffentlicht-rimpar");

        Assert.Null(first.Document.QuerySelector(selector));
        Assert.NotNull(staffPage.Document.QuerySelector(selector));
        Assert.Null(again.Document.QuerySelector(selector));
    }

    [Fact]
    public async Task the_edit_link_is_english_on_the_english_page()
    {
        var id = await PublishedInRimparAsync();
        await SignInAsync(Host, Client, RegionAdmin);
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var page = await GetPageAsync("/daten/veroeffentlicht-rimpar");

        Assert.Equal("Edit this dataset", page.Document.QuerySelector($"main a[href='/verwaltung/daten/{id}']")!.TextContent.Trim());
    }

    private async Task<Guid> PublishedInRimparAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
        var now = DateTimeOffset.UtcNow;
        var fields = new DatasetFields("Datensatz Rimpar", "Beschreibung.", ["Test"], ["GOVE"], null, null, null, "cc-zero", null, null, null, [Rimpar], "ANNUAL");
        var dataset = Dataset.Create("veroeffentlicht-rimpar", Rimpar, fields, null, now);
        dataset.Distributions.Add(Distribution.ForLink(dataset.Id, "Link", "https://example.org/daten.csv", "CSV", "text/csv", now));
        dataset.Publish(now);
        db.Datasets.Add(dataset);
        await db.SaveChangesAsync();
        return dataset.Id;
    }
}
