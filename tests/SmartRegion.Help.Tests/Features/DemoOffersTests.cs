using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Offers;
using SmartRegion.Kernel.Database;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Features;

public sealed class DemoOffersTests(DemoHelpHost host) : IntegrationTest<DemoHelpHost>(host), IClassFixture<DemoHelpHost>
{
    [Fact]
    public async Task the_demo_seed_stores_every_offer_under_its_hsds_id()
    {
        var counts = await Host.CountsAsync();
        var debt = await Host.QueryAsync(db => db.Services.Include(s => s.Languages).SingleAsync(s => s.Id == "f4cfd722-8410-437c-854a-2c1815ca2ff4"));

        Assert.StartsWith("101/259/158/296/103/", counts, StringComparison.Ordinal);
        Assert.Equal("Schuldner- und Insolvenzberatung", debt.Name);
        Assert.Equal(new DateOnly(2026, 11, 26), debt.AssuredDate);
        Assert.Equal(["de", "en", "tr"], debt.Languages.OrderBy(l => l.Position).Select(l => l.Code));
    }

    [Fact]
    public async Task a_service_for_city_and_district_covers_all_53_municipalities_and_a_hotline_is_nationwide()
    {
        var debt = await Host.QueryAsync(db => db.Services.Include(s => s.Municipalities).SingleAsync(s => s.Id == "f4cfd722-8410-437c-854a-2c1815ca2ff4"));
        var nationwide = await Host.QueryAsync(db => db.Services.CountAsync(s => s.IsNationwide));

        Assert.Equal(53, debt.Municipalities.Count);
        Assert.Contains(debt.Municipalities, m => m.Ags == "09663000");
        Assert.Contains(debt.Municipalities, m => m.Ags == "09679147");
        Assert.Equal(6, nationwide);
    }

    [Fact]
    public async Task every_seeded_service_is_announced_once_in_the_outbox()
    {
        await Host.ResetAsync(always: true);
        var events = await Host.QueryAsync(db => db.Outbox().CountAsync(m => m.Type == typeof(Contracts.OfferChanged).FullName));

        Assert.Equal(259, events);
    }
}
