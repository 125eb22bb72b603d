using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Participation.Proposals;
using SmartRegion.Participation.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.Participation.Tests.Features;

/// <summary>Proposals: written and supported in the collection phase, answered by the municipality that runs the process.</summary>
public sealed class ProposalApiTests(ParticipationHost host) : ParticipationTest(host)
{
    private Task<Guid> RegionIdAsync() => Host.QueryAsync(db => db.Processes.Where(p => p.Slug == DemoProcessesSeeder.RegionSlug).Select(p => p.Id).SingleAsync());

    private Task<Guid> DemoProposalAsync() => Host.QueryAsync(db => db.Proposals.OrderBy(p => p.Title).Select(p => p.Id).FirstAsync());

    /// <summary>The region's demo process collects ideas from day 21 to day 60.</summary>
    private void OpenRegionCollection() => Host.Clock.Advance(TimeSpan.FromDays(25));

    private static async Task<Guid> CreateAsync(HttpClient client, Guid process, string title = "Radweg nach Rimpar")
    {
        var response = await client.PostAsJsonAsync($"/api/participation/processes/{process}/proposals", new { title, text = "Ein sicherer Weg für Kinder.", category = "mobility" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task a_signed_in_person_submits_a_proposal_in_the_collection_phase_which_the_list_and_the_detail_show()
    {
        var region = await RegionIdAsync();
        OpenRegionCollection();
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);

        var id = await CreateAsync(resident, region);

        var details = await Client.GetFromJsonAsync<JsonElement>($"/api/participation/proposals/{id}");
        Assert.Equal("Radweg nach Rimpar", details.GetProperty("title").GetString());
        Assert.Equal("submitted", details.GetProperty("status").GetString());
        Assert.Equal(50, details.GetProperty("supportThreshold").GetInt32());
        Assert.True(details.GetProperty("isSupportOpen").GetBoolean());
        var list = await Client.GetFromJsonAsync<JsonElement>($"/api/participation/processes/{DemoProcessesSeeder.RegionSlug}/proposals");
        Assert.Equal(id, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var process = await Client.GetFromJsonAsync<JsonElement>($"/api/participation/processes/{region}");
        Assert.Contains("proposals", process.GetProperty("phases").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "collection")
            .GetProperty("components").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task outside_the_collection_phase_a_proposal_is_a_409_problem_and_bad_input_names_the_fields()
    {
        var region = await RegionIdAsync();
        using var early = await Personas.SignedInClientAsync(Host, Personas.Resident);
        var closed = await early.PostAsJsonAsync($"/api/participation/processes/{region}/proposals", new { title = "Idee", text = "Text" });
        OpenRegionCollection();
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);

        var invalid = await resident.PostAsJsonAsync($"/api/participation/processes/{region}/proposals", new { title = "", text = "", category = "raumfahrt" });
        var anonymous = await Client.PostAsJsonAsync($"/api/participation/processes/{region}/proposals", new { title = "Idee", text = "Text" });

        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal("application/problem+json", closed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Title", out _));
        Assert.True(errors.TryGetProperty("Text", out _));
        Assert.True(errors.TryGetProperty("Category", out _));
        Assert.NotEqual(HttpStatusCode.Created, anonymous.StatusCode);
        Assert.Equal(0, await Host.QueryAsync(db => db.Proposals.CountAsync(p => p.ProcessId == region)));
    }

    [Fact]
    public async Task support_counts_once_per_person_can_be_withdrawn_and_is_closed_after_the_phase()
    {
        var region = await RegionIdAsync();
        OpenRegionCollection();
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        var id = await CreateAsync(resident, region);

        var first = await resident.PostAsync(new Uri($"/api/participation/proposals/{id}/support", UriKind.Relative), null);
        var again = await resident.PostAsync(new Uri($"/api/participation/proposals/{id}/support", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("supports").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var withdrawn = await resident.DeleteAsync(new Uri($"/api/participation/proposals/{id}/support", UriKind.Relative));
        var withdrawnAgain = await resident.DeleteAsync(new Uri($"/api/participation/proposals/{id}/support", UriKind.Relative));
        Assert.Equal(0, (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("supports").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, withdrawnAgain.StatusCode);

        Host.Clock.Advance(TimeSpan.FromDays(40));
        using var later = await Personas.SignedInClientAsync(Host, Personas.Resident);
        var late = await later.PostAsync(new Uri($"/api/participation/proposals/{id}/support", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(0, await Host.QueryAsync(db => db.ProposalSupports.CountAsync(s => s.ProposalId == id)));
    }

    [Fact]
    public async Task a_hidden_proposal_gathers_no_new_support_but_an_earlier_one_can_be_withdrawn()
    {
        var region = await RegionIdAsync();
        OpenRegionCollection();
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        var id = await CreateAsync(resident, region);
        Assert.Equal(HttpStatusCode.OK, (await resident.PostAsync(new Uri($"/api/participation/proposals/{id}/support", UriKind.Relative), null)).StatusCode);
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/participation/proposals/{id}/hidden", new { reason = "Werbung." })).StatusCode);

        var refused = await admin.PostAsync(new Uri($"/api/participation/proposals/{id}/support", UriKind.Relative), null);
        var withdrawn = await resident.DeleteAsync(new Uri($"/api/participation/proposals/{id}/support", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("ausgeblendet", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(0, await Host.QueryAsync(db => db.ProposalSupports.CountAsync(s => s.ProposalId == id)));
    }

    [Theory]
    [InlineData(Personas.StaffHoechberg, HttpStatusCode.OK)]
    [InlineData(Personas.AdminHoechberg, HttpStatusCode.OK)]
    [InlineData(Personas.RegionAdmin, HttpStatusCode.OK)]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.Forbidden)]
    [InlineData(Personas.AdminRimpar, HttpStatusCode.Forbidden)]
    [InlineData(Personas.ModeratorHoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.Resident, HttpStatusCode.Forbidden)]
    public async Task who_may_answer_a_proposal_of_hoechberg_depends_on_role_and_municipality(string persona, HttpStatusCode expected)
    {
        var id = await DemoProposalAsync();
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var response = await client.PutAsJsonAsync($"/api/participation/proposals/{id}/answer", new { status = "accepted", answer = "Machen wir." });

        Assert.Equal(expected, response.StatusCode);
        var stored = await Host.QueryAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Answer).SingleAsync());
        Assert.Equal(expected == HttpStatusCode.OK, stored == "Machen wir.");
    }

    [Fact]
    public async Task a_proposal_of_the_whole_region_is_answered_by_region_admins_only()
    {
        var region = await RegionIdAsync();
        OpenRegionCollection();
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        var id = await CreateAsync(resident, region);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);

        var byStaff = await staff.PutAsJsonAsync($"/api/participation/proposals/{id}/answer", new { status = "evaluating" });
        var byAdmin = await admin.PutAsJsonAsync($"/api/participation/proposals/{id}/answer", new { status = "evaluating" });

        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
    }

    [Fact]
    public async Task a_rejection_needs_its_reason_and_the_answer_shows_on_the_proposal_and_is_audited()
    {
        var id = await DemoProposalAsync();
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var bare = await staff.PutAsJsonAsync($"/api/participation/proposals/{id}/answer", new { status = "rejected" });
        var unknown = await staff.PutAsJsonAsync($"/api/participation/proposals/{id}/answer", new { status = "submitted", answer = "x" });
        var reasoned = await staff.PutAsJsonAsync($"/api/participation/proposals/{id}/answer", new { status = "rejected", answer = "Dafür fehlt der Platz." });

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.True((await bare.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Answer", out _));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reasoned.StatusCode);
        var details = await Client.GetFromJsonAsync<JsonElement>($"/api/participation/proposals/{id}");
        Assert.Equal("rejected", details.GetProperty("status").GetString());
        Assert.Equal("Dafür fehlt der Platz.", details.GetProperty("answer").GetString());
        var audited = (await AuditTrail.ReadAsync(Host)).Where(a => a.Action == "participation-proposals.answered").ToList();
        Assert.Single(audited);
    }

    [Fact]
    public async Task the_demo_list_pages_by_twenty_filters_by_status_and_sorts_by_support()
    {
        var url = $"/api/participation/processes/{DemoProcessesSeeder.BudgetSlug}/proposals";

        var first = await Client.GetFromJsonAsync<JsonElement>(url);
        var second = await Client.GetFromJsonAsync<JsonElement>(url + "?page=2");
        var rejected = await Client.GetFromJsonAsync<JsonElement>(url + "?status=rejected");
        var supported = await Client.GetFromJsonAsync<JsonElement>(url + "?sort=supported");

        Assert.Equal(30, first.GetProperty("total").GetInt32());
        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.Equal(10, second.GetProperty("items").GetArrayLength());
        var all = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(30, all.Distinct().Count());
        Assert.Equal(4, rejected.GetProperty("total").GetInt32());
        Assert.All(rejected.GetProperty("items").EnumerateArray(), i => Assert.Equal("rejected", i.GetProperty("status").GetString()));
        var counts = supported.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("supports").GetInt32()).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        Assert.True(counts[0] > counts[^1]);
        var created = first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("createdAt").GetDateTimeOffset()).ToList();
        Assert.Equal(created.OrderByDescending(c => c), created);
        Assert.True(await Host.QueryAsync(db => db.Proposals.AllAsync(p => p.IsDemo && p.Title.StartsWith("Demo:"))));
        Assert.True(await Host.QueryAsync(db => db.Proposals.Select(p => p.Status).Distinct().CountAsync()) >= 4);
    }

    [Fact]
    public async Task staff_set_the_support_threshold_of_a_process_within_bounds()
    {
        var id = await Host.BudgetIdAsync();
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var current = await Client.GetFromJsonAsync<JsonElement>($"/api/participation/processes/{id}");
        object Body(int threshold) => new
        {
            title = current.GetProperty("title").GetString(),
            summary = current.GetProperty("summary").GetString(),
            budget = current.GetProperty("budget").GetDecimal(),
            votingMethod = current.GetProperty("votingMethod").GetString(),
            supportThreshold = threshold,
            phases = current.GetProperty("phases").EnumerateArray().Select(p => new
            {
                kind = p.GetProperty("kind").GetString(),
                starts = DateOnly.FromDateTime(p.GetProperty("startsAt").GetDateTimeOffset().AddHours(3).UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ends = DateOnly.FromDateTime(p.GetProperty("endsAt").GetDateTimeOffset().AddHours(-3).UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }),
        };

        var invalid = await staff.PutAsJsonAsync($"/api/participation/processes/{id}", Body(0));
        var saved = await staff.PutAsJsonAsync($"/api/participation/processes/{id}", Body(35));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("SupportThreshold", out _));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var proposal = await Client.GetFromJsonAsync<JsonElement>($"/api/participation/proposals/{await DemoProposalAsync()}");
        Assert.Equal(35, proposal.GetProperty("supportThreshold").GetInt32());
    }
}
