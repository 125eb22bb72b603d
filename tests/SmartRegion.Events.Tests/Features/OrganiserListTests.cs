using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Events.Privacy;
using SmartRegion.Events.Registrations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Features;

public sealed class OrganiserListTests(EventsHost host) : EventsTest(host)
{
    private async Task<Guid> EventOfAsync(Guid date) => await Host.QueryAsync(db => db.Dates.Where(d => d.Id == date).Select(d => d.EventId).SingleAsync());

    [Theory]
    [InlineData(Personas.StaffHoechberg, HttpStatusCode.OK)]
    [InlineData(Personas.RegionAdmin, HttpStatusCode.OK)]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.Forbidden)]
    [InlineData(Personas.ModeratorHoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.Resident, HttpStatusCode.Forbidden)]
    public async Task only_organisers_see_and_export_the_list(string persona, HttpStatusCode expected)
    {
        var date = await Host.PublishedDateAsync(capacity: 5);
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var list = await client.GetAsync(new Uri($"/api/events/events/{await EventOfAsync(date)}/registrations", UriKind.Relative));
        var csv = await client.GetAsync(new Uri($"/api/events/events/{await EventOfAsync(date)}/registrations.csv", UriKind.Relative));

        Assert.Equal(expected, list.StatusCode);
        Assert.Equal(expected, csv.StatusCode);
    }

    [Fact]
    public async Task the_csv_lists_entries_in_arrival_order_and_neutralises_formulas()
    {
        var date = await Host.PublishedDateAsync(capacity: 1);
        await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "=HYPERLINK(\"http://böse\")", email = "a@beispiel.de", consent = true });
        await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Max", email = "b@beispiel.de", consent = true });
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var response = await staff.GetAsync(new Uri($"/api/events/events/{await EventOfAsync(date)}/registrations.csv", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, lines.Length);
        Assert.Contains(",confirmed,1,\"'=HYPERLINK(\"\"http://böse\"\")\",a@beispiel.de,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",waiting,1,Max,b@beispiel.de,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_signed_in_persons_registrations_are_in_their_data_and_a_deleted_account_frees_its_seat_and_its_name()
    {
        var date = await Host.PublishedDateAsync(capacity: 1);
        var resident = (await Personas.EnsureAsync(Host, Personas.Resident))!;
        using var client = await Personas.SignedInClientAsync(Host, Personas.Resident);
        await client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Rita Resident", email = "rita@beispiel.de", consent = true });
        await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Max", email = "max@beispiel.de", consent = true });

        await using var scope = Host.Services.CreateAsyncScope();
        var data = await ActivatorUtilities.CreateInstance<EventsPersonalData>(scope.ServiceProvider).CollectAsync(new PersonId(resident.Id), CancellationToken.None);
        await ActivatorUtilities.CreateInstance<ForgetDeletedPerson>(scope.ServiceProvider).HandleAsync(new PersonDeleted(new PersonId(resident.Id)), CancellationToken.None);

        Assert.Contains("Rita Resident", System.Text.Json.JsonSerializer.Serialize(data), StringComparison.Ordinal);
        var rows = await Host.QueryAsync(db => db.Registrations.Where(r => r.DateId == date).OrderBy(r => r.Arrival).Select(r => new { r.Status, r.Name, r.PersonId }).ToListAsync());
        Assert.Equal(RegistrationStatus.Cancelled, rows[0].Status);
        Assert.Equal("", rows[0].Name);
        Assert.Null(rows[0].PersonId);
        Assert.Equal(RegistrationStatus.Offered, rows[1].Status);
    }
}
