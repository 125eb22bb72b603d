using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Contracts;
using SmartRegion.Help.Revisions;
using SmartRegion.Kernel.Database;
using SmartRegion.TestKit;
using static SmartRegion.Help.Tests.Providers.ProviderPeople;

namespace SmartRegion.Help.Tests.Providers;

public sealed class ProviderReviewTests(ProviderHost host) : IntegrationTest<ProviderHost>(host), IClassFixture<ProviderHost>
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Host.Mail.Clear();
    }

    [Fact]
    public async Task a_member_proposes_a_change_staff_of_hoechberg_approve_it_and_the_offer_changes_with_an_event_and_a_history_entry()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        using var staff = await SignedInAsync(Host, "sachbearbeiter@beispiel.de", ("staff", Hoechberg));

        var proposed = await member.PostAsJsonAsync(Url($"/api/help/offers/{HoechbergService}/revisions"), Form("Nachbarschaftshilfe Höchberg – Einkaufshilfe"));
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var revisionId = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revisionId").GetGuid();
        Assert.Equal("Nachbarschaftshilfe Höchberg", await Host.QueryAsync(db => db.Services.Where(s => s.Id == HoechbergService).Select(s => s.Name).SingleAsync()));

        var queue = await staff.GetFromJsonAsync<JsonElement>(Url("/api/help/revisions?status=pending"));
        var item = Assert.Single(queue.EnumerateArray());
        Assert.Equal(revisionId, item.GetProperty("id").GetGuid());
        Assert.Contains(item.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "Name");
        var eventsBefore = await OfferEventsAsync();

        var approved = await staff.PostAsJsonAsync(Url($"/api/help/revisions/{revisionId}/approve"), new { reason = "Passt." });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        var live = await Host.QueryAsync(db => db.Services.Include(s => s.Phones).SingleAsync(s => s.Id == HoechbergService));
        Assert.Equal("Nachbarschaftshilfe Höchberg – Einkaufshilfe", live.Name);
        Assert.Equal("0931 4711", live.Phones.OrderBy(p => p.Position).First().Number);
        Assert.Equal(eventsBefore + 1, await OfferEventsAsync());
        var history = await staff.GetFromJsonAsync<JsonElement>(Url($"/api/help/offers/{HoechbergService}/history"));
        var entry = Assert.Single(history.GetProperty("entries").EnumerateArray());
        Assert.Equal("approved", entry.GetProperty("status").GetString());
        Assert.Equal("sachbearbeiter", entry.GetProperty("reviewer").GetString());
        Assert.Equal("anbieterin", entry.GetProperty("author").GetString());
        var providerView = await member.GetFromJsonAsync<JsonElement>(Url($"/api/help/offers/{HoechbergService}/history"));
        Assert.Equal("Verwaltung", providerView.GetProperty("entries")[0].GetProperty("reviewer").GetString());
    }

    [Fact]
    public async Task a_proposal_that_puts_an_offer_into_a_crisis_category_is_approved_by_region_admins_only()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        using var staff = await SignedInAsync(Host, "sachbearbeiter@beispiel.de", ("municipality-admin", Hoechberg));
        var crisis = await Host.QueryAsync(db => db.TaxonomyTerms.Where(t => t.Code == "psyche.krise").Select(t => t.Id).SingleAsync());
        var form = Form("Nachbarschaftshilfe Höchberg – Krisentelefon");
        form["category"] = crisis;

        var proposed = await member.PostAsJsonAsync(Url($"/api/help/offers/{HoechbergService}/revisions"), form);
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var revisionId = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revisionId").GetGuid();
        var queue = await staff.GetFromJsonAsync<JsonElement>(Url("/api/help/revisions?status=pending"));
        var byStaff = await staff.PostAsJsonAsync(Url($"/api/help/revisions/{revisionId}/approve"), new { });
        Assert.Equal("Nachbarschaftshilfe Höchberg", await Host.QueryAsync(db => db.Services.Where(s => s.Id == HoechbergService).Select(s => s.Name).SingleAsync()));
        using var region = await DemoAdminAsync(Host);
        var byRegion = await region.PostAsJsonAsync(Url($"/api/help/revisions/{revisionId}/approve"), new { });

        Assert.Empty(queue.EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byRegion.StatusCode);
        Assert.Equal("Nachbarschaftshilfe Höchberg – Krisentelefon", await Host.QueryAsync(db => db.Services.Where(s => s.Id == HoechbergService).Select(s => s.Name).SingleAsync()));
    }

    [Fact]
    public async Task a_pending_change_of_a_crisis_offer_marked_for_municipal_review_is_still_approved_by_region_admins_only()
    {
        using var staff = await SignedInAsync(Host, "sachbearbeiter@beispiel.de", ("staff", Hoechberg));
        var crisis = await Host.QueryAsync(db => db.TaxonomyTerms.Where(t => t.Code == "psyche.krise").Select(t => t.Id).SingleAsync());
        var revisionId = await Host.QueryAsync(async db =>
        {
            var live = await Help.Providers.OfferDraft.LoadAsync(db, HoechbergService, CancellationToken.None);
            var service = live!.Service with { Attributes = [new Help.Hsds.HsdsAttribute(Guid.NewGuid().ToString(), HoechbergService, crisis, "service", "service")] };
            var snapshot = new Help.Hsds.HsdsFile([], [service], [], [], []);
            var revision = OfferRevision.Propose(HoechbergService, service.Name, HoechbergOrganization, Guid.NewGuid(), false,
                JsonSerializer.Serialize(snapshot, Help.Hsds.HsdsFile.Json), Guid.NewGuid(), "früher", null, [Hoechberg], reviewedByRegion: false, DateTimeOffset.UtcNow);
            db.OfferRevisions.Add(revision);
            await db.SaveChangesAsync();
            return revision.Id;
        });

        var approve = await staff.PostAsJsonAsync(Url($"/api/help/revisions/{revisionId}/approve"), new { });

        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(RevisionStatus.Pending, await Host.QueryAsync(db => db.OfferRevisions.Where(r => r.Id == revisionId).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task staff_of_another_municipality_neither_see_nor_approve_the_proposal()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        using var rimpar = await SignedInAsync(Host, "rimpar@beispiel.de", ("staff", Rimpar));
        var proposed = await member.PostAsJsonAsync(Url($"/api/help/offers/{HoechbergService}/revisions"), Form("Neuer Name"));
        var revisionId = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revisionId").GetGuid();

        var queue = await rimpar.GetFromJsonAsync<JsonElement>(Url("/api/help/revisions"));
        var approve = await rimpar.PostAsJsonAsync(Url($"/api/help/revisions/{revisionId}/approve"), new { });

        Assert.Empty(queue.EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(Url("/api/help/revisions"))).StatusCode);
        Assert.Equal("Nachbarschaftshilfe Höchberg", await Host.QueryAsync(db => db.Services.Where(s => s.Id == HoechbergService).Select(s => s.Name).SingleAsync()));
    }

    [Fact]
    public async Task a_person_outside_the_provider_cannot_propose_nor_confirm()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        using var stranger = await SignedInAsync(Host, "fremd@beispiel.de");

        var proposed = await stranger.PostAsJsonAsync(Url($"/api/help/offers/{HoechbergService}/revisions"), Form("Übernommen"));
        var confirmed = await stranger.PostAsync(Url($"/api/help/offers/{HoechbergService}/confirm"), null);

        Assert.Equal(HttpStatusCode.Forbidden, proposed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, confirmed.StatusCode);
        Assert.Equal(0, await Host.QueryAsync(db => db.OfferRevisions.CountAsync()));
    }

    [Fact]
    public async Task rejecting_needs_a_reason_and_leaves_the_offer_as_it_was()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        using var staff = await SignedInAsync(Host, "sachbearbeiter@beispiel.de", ("staff", Hoechberg));
        var proposed = await member.PostAsJsonAsync(Url($"/api/help/offers/{HoechbergService}/revisions"), Form("Neuer Name"));
        var revisionId = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revisionId").GetGuid();

        var withoutReason = await staff.PostAsJsonAsync(Url($"/api/help/revisions/{revisionId}/reject"), new { reason = "  " });
        var rejected = await staff.PostAsJsonAsync(Url($"/api/help/revisions/{revisionId}/reject"), new { reason = "Der Name passt nicht zum Angebot." });
        var again = await staff.PostAsJsonAsync(Url($"/api/help/revisions/{revisionId}/approve"), new { });

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("reason", await withoutReason.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Nachbarschaftshilfe Höchberg", await Host.QueryAsync(db => db.Services.Where(s => s.Id == HoechbergService).Select(s => s.Name).SingleAsync()));
        var mine = await member.GetFromJsonAsync<JsonElement>(Url("/api/help/my-offers"));
        var offer = mine.GetProperty("offers").EnumerateArray().Single(o => o.GetProperty("serviceId").GetString() == HoechbergService);
        Assert.Equal("rejected", offer.GetProperty("lastDecision").GetString());
        Assert.Equal("Der Name passt nicht zum Angebot.", offer.GetProperty("lastDecisionReason").GetString());
    }

    [Theory]
    [InlineData("Name", "")]
    [InlineData("Description", "long")]
    [InlineData("Phone", "bitte anrufen")]
    [InlineData("Hours1Opens", "25:00")]
    public async Task bad_input_is_a_validation_problem_and_stores_nothing(string field, string value)
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        var form = Form("Nachbarschaftshilfe Höchberg");
        switch (field)
        {
            case "Name": form["name"] = value; break;
            case "Description": form["description"] = new string('x', 10_000); break;
            case "Phone": form["phone"] = value; break;
            default: form["hours"] = new[] { new { mo = true, opens = value, closes = "12:00" } }; break;
        }

        var proposed = await member.PostAsJsonAsync(Url($"/api/help/offers/{HoechbergService}/revisions"), form);

        Assert.Equal(HttpStatusCode.BadRequest, proposed.StatusCode);
        var problem = await proposed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await proposed.Content.ReadAsStringAsync());
        Assert.Equal(0, await Host.QueryAsync(db => db.OfferRevisions.CountAsync()));
    }

    [Fact]
    public async Task a_new_offer_waits_for_review_and_goes_live_on_approval()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        using var staff = await SignedInAsync(Host, "sachbearbeiter@beispiel.de", ("staff", Hoechberg));
        var form = Form("Repair-Café Höchberg");
        form["organizationId"] = HoechbergOrganization;

        var proposed = await member.PostAsJsonAsync(Url("/api/help/revisions"), form);
        var body = await proposed.Content.ReadFromJsonAsync<JsonElement>();
        var serviceId = body.GetProperty("serviceId").GetString()!;
        Assert.False(await Host.QueryAsync(db => db.Services.AnyAsync(s => s.Id == serviceId)));
        var approved = await staff.PostAsJsonAsync(Url($"/api/help/revisions/{body.GetProperty("revisionId").GetGuid()}/approve"), new { });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var live = await Host.QueryAsync(db => db.Services.Include(s => s.Municipalities).SingleAsync(s => s.Id == serviceId));
        Assert.Equal("Repair-Café Höchberg", live.Name);
        Assert.Equal(Hoechberg, Assert.Single(live.Municipalities).Ags);
    }

    [Fact]
    public async Task a_district_wide_offer_is_reviewed_by_region_admins_not_by_staff_of_one_municipality()
    {
        const string debtAdvice = "f4cfd722-8410-437c-854a-2c1815ca2ff4";
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        var organization = await Host.QueryAsync(db => db.Services.Where(s => s.Id == debtAdvice).Select(s => s.OrganizationId).SingleAsync());
        await FoundProviderAsync(Host, member, organization);
        using var staff = await SignedInAsync(Host, "sachbearbeiter@beispiel.de", ("staff", Hoechberg));
        using var admin = await DemoAdminAsync(Host);
        var current = await member.GetFromJsonAsync<JsonElement>(Url($"/api/help/offers/{debtAdvice}/form"));
        var form = JsonSerializer.Deserialize<Dictionary<string, object?>>(current.GetRawText())!;
        form["description"] = "Kostenlose Beratung bei Schulden, auch online.";

        var proposed = await member.PostAsJsonAsync(Url($"/api/help/offers/{debtAdvice}/revisions"), form);
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var revisionId = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revisionId").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync(Url($"/api/help/revisions/{revisionId}/approve"), new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync(Url($"/api/help/revisions/{revisionId}/approve"), new { })).StatusCode);
    }

    [Fact]
    public async Task confirming_sets_the_assured_date_to_today_without_review()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        await Host.QueryAsync(async db =>
        {
            (await db.Services.SingleAsync(s => s.Id == HoechbergService)).AssuredDate = new DateOnly(2020, 1, 1);
            return await db.SaveChangesAsync();
        });
        var before = await member.GetFromJsonAsync<JsonElement>(Url("/api/help/my-offers"));
        Assert.True(before.GetProperty("offers").EnumerateArray().Single(o => o.GetProperty("serviceId").GetString() == HoechbergService).GetProperty("isStale").GetBoolean());

        var confirmed = await member.PostAsync(Url($"/api/help/offers/{HoechbergService}/confirm"), null);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var assured = await Host.QueryAsync(db => db.Services.Where(s => s.Id == HoechbergService).Select(s => s.AssuredDate).SingleAsync());
        Assert.Equal(Freshness.OfferFreshness.Today(DateTimeOffset.UtcNow), assured);
        Assert.Equal(0, await Host.QueryAsync(db => db.OfferRevisions.CountAsync()));
    }

    private Task<int> OfferEventsAsync() =>
        Host.QueryAsync(db => db.Outbox().CountAsync(m => m.Type == typeof(OfferChanged).FullName && m.Payload.Contains(HoechbergService)));

    internal static Uri Url(string path) => new(path, UriKind.Relative);

    internal static Dictionary<string, object?> Form(string name) => new()
    {
        ["name"] = name,
        ["description"] = "Ehrenamtliche helfen beim Einkaufen und bei Wegen im Ort.",
        ["eligibility"] = "Ältere Menschen in Höchberg",
        ["phone"] = "0931 4711",
        ["category"] = CategoryOfHoechbergService,
        ["languages"] = "de",
        ["street"] = "Hauptstraße 1",
        ["postalCode"] = "97204",
        ["municipality"] = Hoechberg,
        ["hours"] = new[] { new { mo = true, we = true, opens = "09:00", closes = "11:00" } },
        ["comment"] = "Neue Telefonnummer",
    };

    private static string CategoryOfHoechbergService => Categories.Value;

    private static readonly Lazy<string> Categories = new(() =>
    {
        using var doc = JsonDocument.Parse(Hsds.DemoOffersSeeder.ReadEmbedded());
        return doc.RootElement.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("id").GetString() == HoechbergService)
            .GetProperty("attributes")[0].GetProperty("taxonomy_term_id").GetString()!;
    });
}
