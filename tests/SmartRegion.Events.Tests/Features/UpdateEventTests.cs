using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Features;

public sealed class UpdateEventTests(EventsHost host) : EventsTest(host)
{
    private async Task<object> ChangeAsync(int capacity) => new
    {
        title = "Workshop (neuer Titel)",
        description = "Neu beschrieben.",
        mode = "in-person",
        placeId = await Host.PlaceAsync(Personas.Hoechberg),
        capacity,
    };

    [Theory]
    [InlineData(Personas.StaffHoechberg, HttpStatusCode.OK)]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.Forbidden)]
    [InlineData(Personas.Resident, HttpStatusCode.Forbidden)]
    public async Task who_may_edit_an_event_depends_on_role_and_municipality(string persona, HttpStatusCode expected)
    {
        var date = await Host.PublishedDateAsync(capacity: 5);
        var id = await Host.QueryAsync(db => db.Dates.Where(d => d.Id == date).Select(d => d.EventId).SingleAsync());
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var response = await client.PutAsJsonAsync($"/api/events/events/{id}", await ChangeAsync(8));

        Assert.Equal(expected, response.StatusCode);
        var title = await Host.QueryAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Title).SingleAsync());
        Assert.Equal(expected == HttpStatusCode.OK ? "Workshop (neuer Titel)" : "Workshop", title);
    }

    [Fact]
    public async Task seats_cannot_go_below_those_taken_and_nothing_changes()
    {
        var date = await Host.PublishedDateAsync(capacity: 5);
        var id = await Host.QueryAsync(db => db.Dates.Where(d => d.Id == date).Select(d => d.EventId).SingleAsync());
        await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 3, name = "Gruppe", email = "g@beispiel.de", consent = true });
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var response = await staff.PutAsJsonAsync($"/api/events/events/{id}", await ChangeAsync(2));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Capacity", out _));
        Assert.Equal(5, await Host.QueryAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Capacity).SingleAsync()));
    }
}
