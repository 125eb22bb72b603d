using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.ChangeLab.Seed;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;
using SmartRegion.Kernel.Outbox;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Features;

/// <summary>„Meine Daten“: the export holds the person's bookings and ideas; a deleted account frees its slots and leaves no name.</summary>
public sealed class PrivacyTests(ChangeLabHost host) : ChangeLabTest(host)
{
    private async Task<Guid> ActAsync()
    {
        var person = (await Personas.EnsureAsync(Host, Personas.StaffHoechberg))!.Id;
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await staff.PostAsJsonAsync("/api/changelab/bookings", new { resource = DemoWorkspaceSeeder.FirstDesk, day = "2026-12-08" });
        var idea = await staff.PostAsJsonAsync("/api/changelab/ideas", new { title = "Meine Idee", text = "Text" });
        var id = (await idea.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await staff.PostAsync(new Uri($"/api/changelab/ideas/{id}/support", UriKind.Relative), null);
        await staff.PostAsJsonAsync($"/api/changelab/ideas/{id}/comments", new { text = "Mein Kommentar" });
        return person;
    }

    [Fact]
    public async Task the_export_holds_the_bookings_ideas_supports_and_comments_of_the_person()
    {
        var person = await ActAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        var contributor = scope.ServiceProvider.GetServices<IPersonalDataContributor>().Single(c => c.Section == "change-lab");

        var data = JsonSerializer.Serialize(await contributor.CollectAsync(new PersonId(person), CancellationToken.None));

        Assert.Contains("Arbeitsplatz 1", data, StringComparison.Ordinal);
        Assert.Contains("Meine Idee", data, StringComparison.Ordinal);
        Assert.Contains("Mein Kommentar", data, StringComparison.Ordinal);
        Assert.Null(await contributor.CollectAsync(new PersonId(Guid.NewGuid()), CancellationToken.None));
    }

    [Fact]
    public async Task a_deleted_account_gives_its_slots_back_and_leaves_ideas_and_comments_without_a_name()
    {
        var person = await ActAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        // The Change Lab's own handler, twice: delivery is at least once.
        var handler = scope.ServiceProvider.GetServices<IIntegrationEventHandler<PersonDeleted>>().Single(h => h.GetType().Assembly == typeof(ChangeLabDb).Assembly);

        await handler.HandleAsync(new PersonDeleted(new PersonId(person)), CancellationToken.None);
        await handler.HandleAsync(new PersonDeleted(new PersonId(person)), CancellationToken.None);

        Assert.Equal(0, await Host.QueryAsync(db => db.BookingUnits.CountAsync()));
        Assert.False(await Host.QueryAsync(db => db.Bookings.AnyAsync(b => b.PersonId == person)));
        Assert.False(await Host.QueryAsync(db => db.Ideas.AnyAsync(i => i.AuthorId == person)));
        Assert.Equal(0, await Host.QueryAsync(db => db.IdeaSupports.CountAsync()));
        Assert.Equal("", await Host.QueryAsync(db => db.IdeaComments.Select(c => c.AuthorName).SingleAsync()));
    }
}
