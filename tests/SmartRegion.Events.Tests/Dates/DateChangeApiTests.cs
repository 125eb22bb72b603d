using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Registrations;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Dates;

/// <summary>
/// Organisers move, add and cancel single dates after the event was created: registrations stay bound to their date,
/// everyone registered or waiting is mailed the new calendar entry (same UID, higher SEQUENCE), a cancelled date
/// takes no registrations, and bad input or a stale version changes nothing.
/// </summary>
public sealed class DateChangeApiTests(EventsHost host) : EventsTest(host)
{
    private static JsonElement SingleEntry(OutgoingMailLike mail) =>
        Assert.Single(IcsParser.Parse(mail.Ics).GetProperty("events").EnumerateArray());

    /// <summary>The mail's subject, body and iCalendar attachment.</summary>
    private sealed record OutgoingMailLike(string Subject, string Body, string Ics);

    private OutgoingMailLike MailTo(string address)
    {
        var mail = Assert.Single(Host.Mail.To(address));
        var attachment = Assert.Single(mail.Attachments!);
        Assert.Equal("text/calendar; charset=utf-8", attachment.ContentType);
        return new OutgoingMailLike(mail.Subject, mail.TextBody, Encoding.UTF8.GetString(attachment.Content));
    }

    [Fact]
    public async Task moving_a_date_keeps_its_registrations_and_mails_everyone_registered_or_waiting_the_new_time_with_the_same_uid_and_a_higher_sequence()
    {
        var date = await Host.PublishedDateAsync(capacity: 1);
        var id = await Host.EventOfAsync(date);
        await DateKit.RegisterAsync(Client, date, "sitz@beispiel.de");
        await DateKit.RegisterAsync(Client, date, "warte@beispiel.de");
        await Host.DispatchOutboxAsync();
        Host.Mail.Clear();
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        using var moved = await DateKit.MoveAsync(staff, id, date, "2026-12-20T18:00", "2026-12-20T20:30", sequence: 0);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var answer = await moved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 2, false), (answer.GetProperty("sequence").GetInt32(), answer.GetProperty("told").GetInt32(), answer.GetProperty("cancelled").GetBoolean()));
        var stored = await Host.DateAsync(date);
        Assert.Equal(new DateTimeOffset(2026, 12, 20, 17, 0, 0, TimeSpan.Zero), stored.StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 20, 19, 30, 0, TimeSpan.Zero), stored.EndsAt);
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Waiting], await Host.StatusesAsync(date));

        await Host.DispatchOutboxAsync();

        foreach (var (address, status) in new[] { ("sitz@beispiel.de", "CONFIRMED"), ("warte@beispiel.de", "TENTATIVE") })
        {
            var mail = MailTo(address);
            Assert.StartsWith("Termin verschoben: Workshop", mail.Subject, StringComparison.Ordinal);
            Assert.Contains("Neuer Termin: 20.12.2026 18:00 bis 20.12.2026 20:30", mail.Body, StringComparison.Ordinal);
            Assert.Contains("Ihre Anmeldung bleibt gültig", mail.Body, StringComparison.Ordinal);
            var entry = SingleEntry(mail);
            Assert.Equal(date + "@smarte-region", entry.GetProperty("uid").GetString());
            Assert.Equal(1, entry.GetProperty("sequence").GetInt32());
            Assert.Equal("2026-12-20T17:00:00+00:00", entry.GetProperty("start").GetString());
            Assert.Equal(status, entry.GetProperty("status").GetString());
            Assert.Equal("PUBLISH", IcsParser.Parse(mail.Ics).GetProperty("method").GetString());
        }
    }

    [Fact]
    public async Task someone_who_registered_in_english_is_told_of_a_moved_or_cancelled_date_in_english_with_british_dates()
    {
        var date = await Host.PublishedDateAsync(capacity: 2);
        var id = await Host.EventOfAsync(date);
        using (var english = new HttpRequestMessage(HttpMethod.Post, $"/api/events/dates/{date}/registrations")
        {
            Content = JsonContent.Create(new { seats = 1, name = "Erika", email = "en@beispiel.de", consent = true }),
        })
        {
            english.Headers.AcceptLanguage.ParseAdd("en-GB");
            (await Client.SendAsync(english)).EnsureSuccessStatusCode();
        }

        await Host.DispatchOutboxAsync();
        Host.Mail.Clear();
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        (await DateKit.MoveAsync(staff, id, date, "2026-12-20T18:00", "2026-12-20T20:00")).EnsureSuccessStatusCode();
        await Host.DispatchOutboxAsync();
        var moved = MailTo("en@beispiel.de");
        Host.Mail.Clear();
        (await DateKit.CancelAsync(staff, id, date)).EnsureSuccessStatusCode();
        await Host.DispatchOutboxAsync();
        var cancelled = MailTo("en@beispiel.de");

        Assert.StartsWith("Date moved: Workshop", moved.Subject, StringComparison.Ordinal);
        Assert.Contains("New date: 20/12/2026 18:00 to 20/12/2026 20:00", moved.Body, StringComparison.Ordinal);
        Assert.Equal(1, SingleEntry(moved).GetProperty("sequence").GetInt32());
        Assert.StartsWith("Date cancelled: Workshop", cancelled.Subject, StringComparison.Ordinal);
        Assert.Contains("on 20/12/2026 18:00 is cancelled", cancelled.Body, StringComparison.Ordinal);
        Assert.Equal((2, "CANCELLED"), (SingleEntry(cancelled).GetProperty("sequence").GetInt32(), SingleEntry(cancelled).GetProperty("status").GetString()));
    }

    [Fact]
    public async Task a_moved_date_still_holds_exactly_its_seats_and_its_waiting_line()
    {
        var date = await Host.PublishedDateAsync(capacity: 2);
        var id = await Host.EventOfAsync(date);
        await DateKit.RegisterAsync(Client, date, "a@beispiel.de", seats: 2);
        await DateKit.RegisterAsync(Client, date, "b@beispiel.de");
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        (await DateKit.MoveAsync(staff, id, date, "2026-12-21T10:00", "2026-12-21T12:00")).EnsureSuccessStatusCode();
        using var third = await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "C", email = "c@beispiel.de", consent = true });

        Assert.Equal("waiting", (await third.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Waiting, RegistrationStatus.Waiting], await Host.StatusesAsync(date));
        var shown = await Client.GetFromJsonAsync<JsonElement>($"/api/events/events/{id}");
        var only = Assert.Single(shown.GetProperty("dates").EnumerateArray());
        Assert.Equal((0, 2), (only.GetProperty("freeSeats").GetInt32(), only.GetProperty("waiting").GetInt32()));
    }

    [Fact]
    public async Task cancelling_one_date_tells_its_people_with_an_icalendar_cancel_and_the_other_dates_stay_open()
    {
        var date = await Host.PublishedDateAsync(capacity: 1);
        var id = await Host.EventOfAsync(date);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var added = await DateKit.AddAsync(staff, id, "2026-12-18T10:00", "2026-12-18T12:00");
        var other = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await DateKit.RegisterAsync(Client, date, "sitz@beispiel.de");
        await DateKit.RegisterAsync(Client, date, "warte@beispiel.de");
        await DateKit.RegisterAsync(Client, other, "andere@beispiel.de");
        await Host.DispatchOutboxAsync();
        Host.Mail.Clear();

        using var cancelled = await DateKit.CancelAsync(staff, id, date, sequence: 0);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(2, (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("told").GetInt32());
        await Host.DispatchOutboxAsync();
        foreach (var address in new[] { "sitz@beispiel.de", "warte@beispiel.de" })
        {
            var mail = MailTo(address);
            Assert.StartsWith("Termin abgesagt: Workshop", mail.Subject, StringComparison.Ordinal);
            Assert.Contains("am 11.12.2026 10:00 ist abgesagt", mail.Body, StringComparison.Ordinal);
            Assert.Equal("CANCEL", IcsParser.Parse(mail.Ics).GetProperty("method").GetString());
            var entry = SingleEntry(mail);
            Assert.Equal((date + "@smarte-region", "CANCELLED", 1), (entry.GetProperty("uid").GetString(), entry.GetProperty("status").GetString(), entry.GetProperty("sequence").GetInt32()));
        }

        Assert.Empty(Host.Mail.To("andere@beispiel.de"));
        var shown = await Client.GetFromJsonAsync<JsonElement>($"/api/events/events/{id}");
        Assert.Equal([(date, true), (other, false)],
            shown.GetProperty("dates").EnumerateArray().Select(d => (d.GetProperty("id").GetGuid(), d.GetProperty("cancelled").GetBoolean())));
        Assert.Equal(EventStatus.Published, shown.GetProperty("status").GetString());
        using var late = await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Spät", email = "spaet@beispiel.de", consent = true });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("Termin ist abgesagt", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await DateKit.RegisterAsync(Client, other, "spaet@beispiel.de");
        var feed = IcsParser.Parse(await Client.GetStringAsync(new Uri("/veranstaltungen/kalender.ics", UriKind.Relative)));
        var inFeed = feed.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("uid").GetString() == date + "@smarte-region");
        Assert.Equal(("CANCELLED", 1), (inFeed.GetProperty("status").GetString(), inFeed.GetProperty("sequence").GetInt32()));
        var listed = await Client.GetFromJsonAsync<JsonElement>($"/api/events/events?municipality={Personas.Hoechberg}&from=2026-12-11&to=2026-12-18");
        var items = listed.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("eventId").GetGuid() == id)
            .Select(i => (i.GetProperty("dateId").GetGuid(), i.GetProperty("status").GetString()));
        Assert.Equal([(date, EventStatus.Cancelled), (other, EventStatus.Published)], items);
    }

    [Fact]
    public async Task cancelling_the_whole_event_tells_everyone_registered_or_waiting_for_a_coming_date_with_the_reason_and_a_calendar_cancel()
    {
        var date = await Host.PublishedDateAsync(capacity: 1);
        var id = await Host.EventOfAsync(date);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var added = await DateKit.AddAsync(staff, id, "2026-12-18T10:00", "2026-12-18T12:00");
        var other = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await DateKit.RegisterAsync(Client, date, "sitz@beispiel.de");
        await DateKit.RegisterAsync(Client, date, "warte@beispiel.de");
        await DateKit.RegisterAsync(Client, other, "andere@beispiel.de");
        var gone = await DateKit.RegisterAsync(Client, other, "weg@beispiel.de");
        (await Client.PostAsync(new Uri($"/api/events/registrations/{gone}/cancel", UriKind.Relative), null)).EnsureSuccessStatusCode();
        await Host.DispatchOutboxAsync();
        Host.Mail.Clear();

        (await staff.PostAsJsonAsync($"/api/events/events/{id}/cancel", new { reason = "Die Halle ist gesperrt." })).EnsureSuccessStatusCode();
        await Host.DispatchOutboxAsync();

        foreach (var (address, dateId, day) in new[] { ("sitz@beispiel.de", date, "11.12.2026 10:00"), ("warte@beispiel.de", date, "11.12.2026 10:00"), ("andere@beispiel.de", other, "18.12.2026 10:00") })
        {
            var mail = MailTo(address);
            Assert.StartsWith("Veranstaltung abgesagt: Workshop", mail.Subject, StringComparison.Ordinal);
            Assert.Contains($"am {day} ist abgesagt. Grund: Die Halle ist gesperrt.", mail.Body, StringComparison.Ordinal);
            Assert.Equal("CANCEL", IcsParser.Parse(mail.Ics).GetProperty("method").GetString());
            var entry = SingleEntry(mail);
            Assert.Equal((dateId + "@smarte-region", "CANCELLED"), (entry.GetProperty("uid").GetString(), entry.GetProperty("status").GetString()));
        }

        Assert.Empty(Host.Mail.To("weg@beispiel.de"));
        using var late = await Client.PostAsJsonAsync($"/api/events/dates/{other}/registrations", new { seats = 1, name = "Spät", email = "spaet@beispiel.de", consent = true });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("Veranstaltung ist abgesagt", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_added_date_has_the_events_seats_and_quotas_and_takes_registrations()
    {
        var date = await Host.PublishedDateAsync(capacity: 4);
        var id = await Host.EventOfAsync(date);
        await Host.AddQuotasAsync(date, ("Öffentlichkeit", 3, SmartRegion.Events.Quotas.QuotaEligibility.Everyone));
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        using var added = await DateKit.AddAsync(staff, id, "2027-01-15T19:00", "2027-01-15T21:00");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var created = await added.Content.ReadFromJsonAsync<JsonElement>();
        var newDate = created.GetProperty("id").GetGuid();
        Assert.Equal((0, 0), (created.GetProperty("sequence").GetInt32(), created.GetProperty("told").GetInt32()));
        var stored = await Host.DateAsync(newDate);
        Assert.Equal((id, new DateTimeOffset(2027, 1, 15, 18, 0, 0, TimeSpan.Zero)), (stored.EventId, stored.StartsAt));
        var shown = await Client.GetFromJsonAsync<JsonElement>($"/api/events/events/{id}");
        var info = shown.GetProperty("dates").EnumerateArray().Single(d => d.GetProperty("id").GetGuid() == newDate);
        Assert.Equal(3, info.GetProperty("freeSeats").GetInt32());
        Assert.Equal(3, Assert.Single(info.GetProperty("quotas").EnumerateArray()).GetProperty("freeSeats").GetInt32());
        await DateKit.RegisterAsync(Client, newDate, "neu@beispiel.de", seats: 3);
        Assert.Equal([RegistrationStatus.Confirmed], await Host.StatusesAsync(newDate));
    }

    [Theory]
    [InlineData("2026-12-20T18:00", "2026-12-20T17:00", "Ends")]
    [InlineData("2026-12-20T18:00", "2026-12-20T18:00", "Ends")]
    [InlineData("2026-11-30T18:00", "2026-11-30T20:00", "Starts")]
    [InlineData("2026-12-18T10:00", "2026-12-18T12:00", "Starts")]
    [InlineData("2026-12-20T18:00", "2027-01-20T18:00", "Ends")]
    [InlineData(null, "2026-12-20T18:00", "Starts")]
    public async Task a_move_with_bad_times_names_the_field_and_changes_nothing(string? starts, string ends, string field)
    {
        var date = await Host.PublishedDateAsync(capacity: 3);
        var id = await Host.EventOfAsync(date);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        (await DateKit.AddAsync(staff, id, "2026-12-18T10:00", "2026-12-18T12:00")).EnsureSuccessStatusCode();
        Host.Mail.Clear();
        await DateKit.RegisterAsync(Client, date, "a@beispiel.de");
        var before = await Host.DateAsync(date);
        var outboxBefore = await OutboxCountAsync();

        using var response = await DateKit.MoveAsync(staff, id, date, starts!, ends);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        var after = await Host.DateAsync(date);
        Assert.Equal((before.StartsAt, before.EndsAt, before.Sequence), (after.StartsAt, after.EndsAt, after.Sequence));
        Assert.Equal(outboxBefore, await OutboxCountAsync());
    }

    [Fact]
    public async Task adding_a_date_twice_at_the_same_start_or_in_the_past_is_refused_and_adds_nothing()
    {
        var date = await Host.PublishedDateAsync(capacity: 3);
        var id = await Host.EventOfAsync(date);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        using var twice = await DateKit.AddAsync(staff, id, "2026-12-11T10:00", "2026-12-11T11:00");
        using var past = await DateKit.AddAsync(staff, id, "2026-11-11T10:00", "2026-11-11T11:00");
        using var backwards = await DateKit.AddAsync(staff, id, "2026-12-24T10:00", "2026-12-24T09:00");

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], new[] { twice.StatusCode, past.StatusCode, backwards.StatusCode });
        Assert.Contains("beginnt schon ein anderer Termin", (await twice.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await Host.QueryAsync(db => db.Dates.CountAsync(d => d.EventId == id)));
    }

    [Fact]
    public async Task an_event_at_the_limit_of_dates_takes_no_more()
    {
        var date = await Host.PublishedDateAsync(capacity: 3);
        var id = await Host.EventOfAsync(date);
        await Host.QueryAsync(async db =>
        {
            var first = EventsHost.Start.AddDays(20);
            db.Dates.AddRange(Enumerable.Range(0, Recurrence.MaxDates - 1).Select(i => EventDate.Create(id, first.AddDays(i), first.AddDays(i).AddHours(1))));
            return await db.SaveChangesAsync();
        });
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        using var response = await DateKit.AddAsync(staff, id, "2026-12-12T10:00", "2026-12-12T11:00");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("höchstens 366 Termine", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(Recurrence.MaxDates, await Host.QueryAsync(db => db.Dates.CountAsync(d => d.EventId == id)));
    }

    [Fact]
    public async Task a_stale_version_a_cancelled_date_and_a_cancelled_event_are_refused_with_409_and_change_nothing()
    {
        var date = await Host.PublishedDateAsync(capacity: 3);
        var id = await Host.EventOfAsync(date);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        (await DateKit.MoveAsync(staff, id, date, "2026-12-20T18:00", "2026-12-20T19:00", sequence: 0)).EnsureSuccessStatusCode();

        using var stale = await DateKit.MoveAsync(staff, id, date, "2026-12-22T18:00", "2026-12-22T19:00", sequence: 0);
        using var staleCancel = await DateKit.CancelAsync(staff, id, date, sequence: 0);
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (stale.StatusCode, staleCancel.StatusCode));
        Assert.Contains("inzwischen geändert", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal((1, false), (await Host.DateAsync(date)) is var d1 ? (d1.Sequence, d1.IsCancelled) : default);

        // The body is optional: without a version the date is cancelled as it is now.
        (await staff.PostAsync(new Uri($"/api/events/events/{id}/dates/{date}/cancel", UriKind.Relative), null)).EnsureSuccessStatusCode();
        using var moveCancelled = await DateKit.MoveAsync(staff, id, date, "2026-12-22T18:00", "2026-12-22T19:00");
        using var cancelAgain = await DateKit.CancelAsync(staff, id, date);
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (moveCancelled.StatusCode, cancelAgain.StatusCode));
        Assert.Contains("Termin ist abgesagt", (await moveCancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var d2 = await Host.DateAsync(date);
        Assert.Equal((2, new DateTimeOffset(2026, 12, 20, 17, 0, 0, TimeSpan.Zero)), (d2.Sequence, d2.StartsAt));

        (await staff.PostAsJsonAsync($"/api/events/events/{id}/cancel", new { reason = "Die Halle ist gesperrt." })).EnsureSuccessStatusCode();
        using var addToCancelled = await DateKit.AddAsync(staff, id, "2027-01-10T10:00", "2027-01-10T11:00");
        Assert.Equal(HttpStatusCode.Conflict, addToCancelled.StatusCode);
        Assert.Equal(1, await Host.QueryAsync(db => db.Dates.CountAsync(d => d.EventId == id)));
    }

    [Fact]
    public async Task a_date_that_has_begun_cannot_be_moved_or_cancelled()
    {
        var date = await Host.PublishedDateAsync(capacity: 3);
        var id = await Host.EventOfAsync(date);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        Host.Clock.Advance(TimeSpan.FromDays(10).Add(TimeSpan.FromMinutes(30)));

        using var move = await DateKit.MoveAsync(staff, id, date, "2026-12-20T18:00", "2026-12-20T19:00");
        using var cancel = await DateKit.CancelAsync(staff, id, date);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (move.StatusCode, cancel.StatusCode));
        Assert.False((await Host.DateAsync(date)).IsCancelled);
    }

    [Fact]
    public async Task a_date_of_another_event_or_an_unknown_event_is_not_found()
    {
        var date = await Host.PublishedDateAsync(capacity: 3);
        var otherDate = await Host.PublishedDateAsync(capacity: 3);
        var id = await Host.EventOfAsync(date);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        using var move = await DateKit.MoveAsync(staff, id, otherDate, "2026-12-20T18:00", "2026-12-20T19:00");
        using var cancel = await DateKit.CancelAsync(staff, id, otherDate);
        using var add = await DateKit.AddAsync(staff, Guid.NewGuid(), "2026-12-20T18:00", "2026-12-20T19:00");

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { move.StatusCode, cancel.StatusCode, add.StatusCode });
        Assert.Equal("application/problem+json", move.Content.Headers.ContentType?.MediaType);
        Assert.Equal((0, false), (await Host.DateAsync(otherDate)) is var d ? (d.Sequence, d.IsCancelled) : default);
    }

    [Theory]
    [InlineData(Personas.StaffHoechberg, HttpStatusCode.OK)]
    [InlineData(Personas.AdminHoechberg, HttpStatusCode.OK)]
    [InlineData(Personas.RegionAdmin, HttpStatusCode.OK)]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.Forbidden)]
    [InlineData(Personas.AdminRimpar, HttpStatusCode.Forbidden)]
    [InlineData(Personas.ModeratorHoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.Resident, HttpStatusCode.Forbidden)]
    [InlineData(Personas.Anonymous, HttpStatusCode.Unauthorized)]
    public async Task only_the_events_organisers_may_move_add_and_cancel_its_dates(string persona, HttpStatusCode expected)
    {
        var date = await Host.PublishedDateAsync(capacity: 3);
        var id = await Host.EventOfAsync(date);
        using var client = persona == Personas.Anonymous ? Host.CreateBrowserClient() : await Personas.SignedInClientAsync(Host, persona);

        using var move = await DateKit.MoveAsync(client, id, date, "2026-12-20T18:00", "2026-12-20T19:00");
        using var add = await DateKit.AddAsync(client, id, "2027-01-15T19:00", "2027-01-15T21:00");
        using var cancel = await DateKit.CancelAsync(client, id, date);

        var ok = expected == HttpStatusCode.OK;
        Assert.Equal([expected, ok ? HttpStatusCode.Created : expected, expected], new[] { move.StatusCode, add.StatusCode, cancel.StatusCode });
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal("application/problem+json", move.Content.Headers.ContentType?.MediaType);
        }

        var stored = await Host.DateAsync(date);
        Assert.Equal(ok ? (2, true) : (0, false), (stored.Sequence, stored.IsCancelled));
        Assert.Equal(ok ? 2 : 1, await Host.QueryAsync(db => db.Dates.CountAsync(d => d.EventId == id)));
    }

    [Fact]
    public async Task a_member_of_the_organising_club_may_change_its_dates_and_a_member_of_another_club_may_not()
    {
        using var member = await ResidentAsync("vorstand@beispiel.de");
        using var outsider = await ResidentAsync("anderer@beispiel.de");
        var club = await FoundClubAsync(member, "Sportverein Höchberg");
        await FoundClubAsync(outsider, "Gesangverein Höchberg");
        using var created = await member.PostAsJsonAsync("/api/events/events", new
        {
            municipalityAgs = Personas.Hoechberg, organisationId = club, title = "Vereinsabend", description = "Der Verein stellt sich vor.", mode = "in-person",
            placeId = await Host.PlaceAsync(Personas.Hoechberg), capacity = 30, starts = "2027-04-14T19:00", durationMinutes = 90,
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var byOutsider = await DateKit.AddAsync(outsider, id, "2027-04-21T19:00", "2027-04-21T20:30");
        using var byMember = await DateKit.AddAsync(member, id, "2027-04-21T19:00", "2027-04-21T20:30");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Created), (byOutsider.StatusCode, byMember.StatusCode));
        Assert.Equal(2, await Host.QueryAsync(db => db.Dates.CountAsync(d => d.EventId == id)));
    }

    [Fact]
    public async Task a_cancelled_date_gets_no_reminder_and_its_freed_seats_are_offered_to_nobody()
    {
        var date = await Host.PublishedDateAsync(capacity: 1);
        var id = await Host.EventOfAsync(date);
        var first = await DateKit.RegisterAsync(Client, date, "sitz@beispiel.de");
        await DateKit.RegisterAsync(Client, date, "warte@beispiel.de");
        (await Client.PostAsync(new Uri($"/api/events/registrations/{first}/{ManageRegistration.ConfirmEmail}", UriKind.Relative), null)).EnsureSuccessStatusCode();
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        (await DateKit.CancelAsync(staff, id, date)).EnsureSuccessStatusCode();
        await Host.DispatchOutboxAsync();
        Host.Mail.Clear();

        Host.Clock.Advance(TimeSpan.FromDays(9).Add(TimeSpan.FromHours(1)));
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<RemindRegistrations>().RunAsync(CancellationToken.None));
        }

        (await Client.PostAsync(new Uri($"/api/events/registrations/{first}/{ManageRegistration.Cancel}", UriKind.Relative), null)).EnsureSuccessStatusCode();

        await Host.DispatchOutboxAsync();
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Waiting], await Host.StatusesAsync(date));
        Assert.Empty(Host.Mail.To("warte@beispiel.de"));
    }

    private async Task<HttpClient> ResidentAsync(string email)
    {
        await People.CreateAsync(Host, email);
        var client = Host.CreateBrowserClient();
        await People.SignInSucceedsAsync(client, email);
        return client;
    }

    private static async Task<Guid> FoundClubAsync(HttpClient founder, string name)
    {
        using var response = await founder.PostAsJsonAsync("/api/hub/organizations", new { name, kind = "club", municipalityAgs = Personas.Hoechberg });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<int> OutboxCountAsync() => Host.QueryAsync(db => db.OutboxMessages.CountAsync());
}
