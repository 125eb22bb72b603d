using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Seed;
using SmartRegion.Hub.Contracts.Municipalities;

namespace SmartRegion.Events.Tests.Features;

/// <summary>The generated calendar of bench/run-events.sh: as many published events as asked, the same on a second start, none unless asked.</summary>
public sealed class BenchmarkEventsSeederTests(EventsHost host) : EventsTest(host)
{
    private async Task SeedAsync(int? events)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var settings = new Dictionary<string, string?>();
        if (events is { } n)
        {
            settings["Modules:Events:BenchmarkEvents"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var seeder = new BenchmarkEventsSeeder(scope.ServiceProvider.GetRequiredService<EventsDb>(), scope.ServiceProvider.GetRequiredService<IMunicipalityDirectory>(),
            configuration, Host.Clock);
        await seeder.SeedAsync(CancellationToken.None);
    }

    [Fact]
    public async Task it_makes_the_asked_number_of_published_events_with_dates_ahead_once_and_nothing_when_not_asked()
    {
        await SeedAsync(null);
        Assert.Equal(0, await Host.QueryAsync(db => db.Events.CountAsync(e => e.Slug.StartsWith("bench-"))));

        await SeedAsync(40);
        await SeedAsync(40);

        var events = await Host.QueryAsync(db => db.Events.Where(e => e.Slug.StartsWith("bench-")).ToListAsync());
        Assert.Equal(40, events.Count);
        Assert.All(events, e => Assert.Equal(EventStatus.Published, e.Status));
        Assert.True(events.Select(e => e.MunicipalityAgs).Distinct().Count() > 5);
        var dates = await Host.QueryAsync(db => db.Dates.Join(db.Events.Where(e => e.Slug.StartsWith("bench-")), d => d.EventId, e => e.Id, (d, e) => d).ToListAsync());
        Assert.InRange(dates.Count, 40, 120);
        Assert.All(dates, d => Assert.True(d.StartsAt > Host.Clock.GetUtcNow()));
        var listed = await Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/events/events?q=(7)");
        Assert.True(listed.GetProperty("total").GetInt32() >= 1);
    }
}
