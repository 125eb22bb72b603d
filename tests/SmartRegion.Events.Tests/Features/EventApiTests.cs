using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Calendar;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Features;

public sealed class EventApiTests(EventsHost host) : EventsTest(host)
{
    private async Task<object> NewEventAsync(string ags, string? rule = null) => new
    {
        municipalityAgs = ags,
        title = "Erste-Hilfe-Kurs",
        description = "Auffrischung für Vereine.",
        topic = "training",
        mode = "in-person",
        placeId = await Host.PlaceAsync(ags == Personas.Rimpar ? Personas.Rimpar : Personas.Hoechberg),
        cost = 0,
        capacity = 12,
        starts = "2027-03-02T18:30",
        durationMinutes = 120,
        rule,
    };

    private Task<int> CountAsync() => Host.QueryAsync(db => db.Events.CountAsync());

    [Theory]
    [InlineData(Personas.StaffHoechberg, HttpStatusCode.Created)]
    [InlineData(Personas.AdminHoechberg, HttpStatusCode.Created)]
    [InlineData(Personas.RegionAdmin, HttpStatusCode.Created)]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.Forbidden)]
    [InlineData(Personas.AdminRimpar, HttpStatusCode.Forbidden)]
    [InlineData(Personas.ModeratorHoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.Resident, HttpStatusCode.Forbidden)]
    public async Task who_may_create_an_event_depends_on_role_and_municipality(string persona, HttpStatusCode expected)
    {
        var before = await CountAsync();
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var response = await client.PostAsJsonAsync("/api/events/events", await NewEventAsync(Personas.Hoechberg));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before + (expected == HttpStatusCode.Created ? 1 : 0), await CountAsync());
    }

    [Fact]
    public async Task anonymous_writes_are_refused()
    {
        var before = await CountAsync();

        var response = await Client.PostAsJsonAsync("/api/events/events", await NewEventAsync(Personas.Hoechberg));

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.Redirect, response.StatusCode.ToString());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task a_series_stores_one_date_per_occurrence_and_a_draft_is_hidden_until_published()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var created = await (await staff.PostAsJsonAsync("/api/events/events", await NewEventAsync(Personas.Hoechberg, "FREQ=WEEKLY;COUNT=4"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        var hidden = await Client.GetAsync(new Uri($"/api/events/events/{id}", UriKind.Relative));
        var published = await staff.PostAsync(new Uri($"/api/events/events/{id}/publish", UriKind.Relative), null);
        var again = await staff.PostAsync(new Uri($"/api/events/events/{id}/publish", UriKind.Relative), null);
        var shown = await Client.GetFromJsonAsync<JsonElement>($"/api/events/events/{created.GetProperty("slug").GetString()}");

        Assert.Equal(4, created.GetProperty("dates").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(4, shown.GetProperty("dates").GetArrayLength());
        Assert.Equal(12, shown.GetProperty("dates")[0].GetProperty("freeSeats").GetInt32());
    }

    [Fact]
    public async Task bad_input_is_a_validation_problem_naming_the_fields_and_stores_nothing()
    {
        var before = await CountAsync();
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var response = await staff.PostAsJsonAsync("/api/events/events", new { municipalityAgs = Personas.Hoechberg, title = "", mode = "in-person", cost = -1, capacity = 0, durationMinutes = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "Title", "Description", "PlaceId", "Cost", "Capacity", "Starts", "DurationMinutes" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task a_rule_with_too_many_dates_is_refused_with_a_message_that_says_how_to_limit_it()
    {
        var before = await Host.QueryAsync(db => db.Dates.CountAsync());
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var response = await staff.PostAsJsonAsync("/api/events/events", await NewEventAsync(Personas.Hoechberg, "FREQ=HOURLY;COUNT=100000"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("Rule")[0].GetString();
        Assert.Contains("COUNT", message, StringComparison.Ordinal);
        Assert.Equal(before, await Host.QueryAsync(db => db.Dates.CountAsync()));
    }

    [Fact]
    public async Task staff_of_another_municipality_may_neither_publish_nor_cancel_and_a_cancellation_needs_a_reason()
    {
        var id = await Host.QueryAsync(db => db.Events.Where(e => e.MunicipalityAgs == Personas.Hoechberg).Select(e => e.Id).FirstAsync());
        using var rimpar = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        using var hoechberg = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var foreign = await rimpar.PostAsJsonAsync($"/api/events/events/{id}/cancel", new { reason = "Krank" });
        var noReason = await hoechberg.PostAsJsonAsync($"/api/events/events/{id}/cancel", new { reason = " " });
        var cancelled = await hoechberg.PostAsJsonAsync($"/api/events/events/{id}/cancel", new { reason = "Die Referentin ist krank." });
        var shown = await Client.GetFromJsonAsync<JsonElement>($"/api/events/events/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(EventStatus.Cancelled, shown.GetProperty("status").GetString());
        Assert.Equal("Die Referentin ist krank.", shown.GetProperty("cancelReason").GetString());
    }

    [Fact]
    public async Task the_list_filters_by_municipality_topic_cost_and_words()
    {
        var all = await Client.GetFromJsonAsync<JsonElement>("/api/events/events");
        var rimpar = await Client.GetFromJsonAsync<JsonElement>($"/api/events/events?municipality={Personas.Rimpar}");
        var training = await Client.GetFromJsonAsync<JsonElement>("/api/events/events?topic=training&free=true");
        var words = await Client.GetFromJsonAsync<JsonElement>("/api/events/events?q=repair");

        Assert.True(all.GetProperty("total").GetInt32() > 13);
        Assert.Equal(20, all.GetProperty("items").GetArrayLength());
        Assert.All(rimpar.GetProperty("items").EnumerateArray(), i => Assert.Equal(Personas.Rimpar, i.GetProperty("municipalityAgs").GetString()));
        Assert.All(training.GetProperty("items").EnumerateArray(), i => Assert.Equal("training", i.GetProperty("topic").GetString()));
        Assert.True(training.GetProperty("total").GetInt32() >= 10);
        Assert.Equal("Demo: Repair-Café", Assert.Single(words.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?municipality=" + Personas.Hoechberg)]
    [InlineData("?topic=training&free=true")]
    [InlineData("?from=2027-01-01&to=2027-06-30")]
    [InlineData("?q=kurs")]
    public async Task the_total_counts_exactly_the_dates_the_pages_list_without_drafts(string filter)
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        // A draft with four dates and a published series of four: only the published one counts.
        var draft = await staff.PostAsJsonAsync("/api/events/events", await NewEventAsync(Personas.Hoechberg, "FREQ=WEEKLY;COUNT=4"));
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var series = await (await staff.PostAsJsonAsync("/api/events/events", await NewEventAsync(Personas.Hoechberg, "FREQ=WEEKLY;COUNT=4"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(new Uri($"/api/events/events/{series.GetProperty("id").GetGuid()}/publish", UriKind.Relative), null)).StatusCode);
        var separator = filter.Length == 0 ? "?" : "&";

        var first = await Client.GetFromJsonAsync<JsonElement>("/api/events/events" + filter);
        var listed = new List<JsonElement>();
        for (var page = 1; page <= (first.GetProperty("total").GetInt32() + ListEvents.PageSize - 1) / ListEvents.PageSize; page++)
        {
            var items = (await Client.GetFromJsonAsync<JsonElement>($"/api/events/events{filter}{separator}page={page}")).GetProperty("items");
            listed.AddRange(items.EnumerateArray());
        }

        Assert.Equal(first.GetProperty("total").GetInt32(), listed.Count);
        Assert.Equal(listed.Count, listed.Select(i => i.GetProperty("dateId").GetGuid()).Distinct().Count());
        Assert.DoesNotContain(listed, i => i.GetProperty("status").GetString() == EventStatus.Draft);
        var draftId = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.DoesNotContain(listed, i => i.GetProperty("eventId").GetGuid() == draftId);
        // Every filter here matches the published series (Höchberg, training, free, March 2027, „Kurs“).
        Assert.Equal(4, listed.Count(i => i.GetProperty("eventId").GetGuid() == series.GetProperty("id").GetGuid()));
        if (filter.Length == 0)
        {
            Assert.Equal(await Host.QueryAsync(db => db.Dates.CountAsync(d => d.EndsAt >= EventsHost.Start && db.Events.Any(e => e.Id == d.EventId && e.Status != EventStatus.Draft))), listed.Count);
        }
    }

    [Fact]
    public async Task the_total_is_kept_for_the_next_caller_until_an_event_changes()
    {
        var before = (await Client.GetFromJsonAsync<JsonElement>("/api/events/events?municipality=" + Personas.Hoechberg)).GetProperty("total").GetInt32();
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var series = await (await staff.PostAsJsonAsync("/api/events/events", await NewEventAsync(Personas.Hoechberg, "FREQ=WEEKLY;COUNT=4"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(new Uri($"/api/events/events/{series.GetProperty("id").GetGuid()}/publish", UriKind.Relative), null)).StatusCode);

        while (await Host.DispatchOutboxAsync() > 0)
        {
        }

        var after = await Client.GetFromJsonAsync<JsonElement>("/api/events/events?municipality=" + Personas.Hoechberg);
        Assert.Equal(before + 4, after.GetProperty("total").GetInt32());
    }
}
