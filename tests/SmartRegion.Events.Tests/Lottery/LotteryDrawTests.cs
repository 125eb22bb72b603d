using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Lottery;
using SmartRegion.Events.Quotas;
using SmartRegion.Events.Registrations;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Lottery;

/// <summary>
/// The lottery: entries until the draw, one draw per date even when rounds run at once (each with its own scope and
/// connection, as on several nodes), a recorded random order, one mail each, and first come, first served afterwards.
/// Runs on SQLite and, with <c>SMARTREGION_TEST_DB=postgres</c>, on PostgreSQL.
/// </summary>
public sealed class LotteryDrawTests(EventsHost host) : EventsTest(host)
{
    /// <summary>A published lottery event with one date ten days on; drawn a day from now unless said otherwise.</summary>
    private async Task<Guid> LotteryDateAsync(int capacity, bool drawInADay = true)
    {
        var date = await Host.PublishedDateAsync(capacity);
        await Host.QueryAsync(async db =>
        {
            var item = await db.Events.SingleAsync(e => e.Id == db.Dates.Where(d => d.Id == date).Select(d => d.EventId).Single());
            item.ChooseAllocation(Allocations.Lottery, drawInADay ? Host.Clock.GetUtcNow().AddDays(1) : null, Host.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        return date;
    }

    private async Task<JsonElement> RegisterAsync(Guid date, string email, HttpClient? client = null)
    {
        var response = await (client ?? Client).PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Erika", email, consent = true });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<int> RoundAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<DrawLotteries>(scope.ServiceProvider, (TimeProvider)Host.Clock).RunAsync(CancellationToken.None);
    }

    private Task<Guid> EventOfAsync(Guid date) => Host.QueryAsync(db => db.Dates.Where(d => d.Id == date).Select(d => d.EventId).SingleAsync());

    [Fact]
    public async Task two_rounds_at_once_draw_once_in_a_recorded_permutation_of_the_entrants_and_everyone_gets_exactly_one_mail()
    {
        var date = await LotteryDateAsync(capacity: 5);
        var emails = Enumerable.Range(1, 12).Select(i => $"los{i}@beispiel.de").ToList();
        foreach (var email in emails)
        {
            Assert.Equal(RegistrationStatus.Entered, (await RegisterAsync(date, email)).GetProperty("status").GetString());
        }

        await Host.DispatchOutboxAsync();
        Assert.StartsWith("Verlosung:", Host.Mail.To(emails[0]).Single().Subject, StringComparison.Ordinal);
        Host.Mail.Clear();
        var early = await RoundAsync();
        Host.Clock.Advance(TimeSpan.FromDays(1));

        var rounds = await Task.WhenAll(Task.Run(RoundAsync), Task.Run(RoundAsync));
        var again = await RoundAsync();
        await Host.DispatchOutboxAsync();

        Assert.Equal(0, early);
        Assert.Equal(1, rounds.Sum());
        Assert.Equal(0, again);
        Assert.NotNull(await Host.QueryAsync(db => db.Dates.Where(d => d.Id == date).Select(d => d.DrawnAt).SingleAsync()));
        var rows = await Host.QueryAsync(db => db.Registrations.Where(r => r.DateId == date).Select(r => new { r.Email, r.Status, r.DrawPosition }).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 12), rows.Select(r => r.DrawPosition!.Value).Order());
        Assert.All(rows, r => Assert.Equal(r.DrawPosition <= 5 ? RegistrationStatus.Confirmed : RegistrationStatus.Waiting, r.Status));
        foreach (var row in rows)
        {
            var mail = Assert.Single(Host.Mail.To(row.Email));
            if (row.Status == RegistrationStatus.Confirmed)
            {
                Assert.StartsWith("Sie haben einen Platz:", mail.Subject, StringComparison.Ordinal);
                Assert.Single(mail.Attachments!);
            }
            else
            {
                Assert.StartsWith("Warteliste nach der Verlosung:", mail.Subject, StringComparison.Ordinal);
                Assert.Contains($"Platz {row.DrawPosition - 5} der Warteliste", mail.TextBody, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task after_an_early_draw_registrations_are_first_come_and_a_freed_seat_goes_to_the_next_in_drawn_order()
    {
        var date = await LotteryDateAsync(capacity: 1, drawInADay: false);
        var entries = new Dictionary<string, string>();
        foreach (var email in new[] { "a@beispiel.de", "b@beispiel.de", "c@beispiel.de" })
        {
            entries[email] = (await RegisterAsync(date, email)).GetProperty("token").GetString()!;
        }

        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var drawn = await staff.PostAsync(new Uri($"/api/events/events/{await EventOfAsync(date)}/draw", UriKind.Relative), null);
        var twice = await staff.PostAsync(new Uri($"/api/events/events/{await EventOfAsync(date)}/draw", UriKind.Relative), null);
        var late = await RegisterAsync(date, "spaet@beispiel.de");
        var order = await Host.QueryAsync(db => db.Registrations.Where(r => r.DateId == date && r.DrawPosition != null).OrderBy(r => r.DrawPosition).Select(r => r.Email).ToListAsync());
        await Client.PostAsync(new Uri($"/api/events/registrations/{entries[order[0]]}/cancel", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, drawn.StatusCode);
        Assert.Equal(3, (await drawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entrants").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(RegistrationStatus.Waiting, late.GetProperty("status").GetString());
        Assert.Equal(3, late.GetProperty("waitingPosition").GetInt32());
        var statuses = await Host.QueryAsync(db => db.Registrations.Where(r => r.DateId == date).ToDictionaryAsync(r => r.Email, r => r.Status));
        Assert.Equal(RegistrationStatus.Cancelled, statuses[order[0]]);
        Assert.Equal(RegistrationStatus.Offered, statuses[order[1]]);
        Assert.Equal(RegistrationStatus.Waiting, statuses[order[2]]);
        Assert.Equal(RegistrationStatus.Waiting, statuses["spaet@beispiel.de"]);
    }

    [Fact]
    public async Task the_draw_gives_each_quota_its_seats_and_staff_fall_back_to_the_public_quota()
    {
        var date = await LotteryDateAsync(capacity: 3, drawInADay: false);
        var quotas = await Host.AddQuotasAsync(date, ("Beschäftigte", 1, QuotaEligibility.Staff), ("Öffentlichkeit", 2, QuotaEligibility.Everyone));
        using (var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg))
        {
            await RegisterAsync(date, "staff1@beispiel.de", staff);
        }

        using (var staff = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar))
        {
            await RegisterAsync(date, "staff2@beispiel.de", staff);
        }

        await RegisterAsync(date, "p1@beispiel.de");

        Host.Clock.Advance(TimeSpan.FromDays(10));
        var drawn = await RoundAsync();

        Assert.Equal(1, drawn);
        var rows = await Host.QueryAsync(db => db.Registrations.Where(r => r.DateId == date).Select(r => new { r.Email, r.Status, r.QuotaId }).ToListAsync());
        // Three seats, three entrants: whatever the order, everyone has a seat; one of the staff in the public quota.
        Assert.All(rows, r => Assert.Equal(RegistrationStatus.Confirmed, r.Status));
        Assert.Single(rows, r => r.QuotaId == quotas[0]);
        Assert.Equal(2, rows.Count(r => r.QuotaId == quotas[1]));
    }

    [Fact]
    public void the_shuffle_is_a_permutation()
    {
        var order = LotteryDraw.Shuffle(1000);

        Assert.Equal(Enumerable.Range(0, 1000), order.Order());
    }
}
