using SmartRegion.Hub.Mail;

namespace SmartRegion.Hub.Tests.Domain;

public sealed class DroppedMailNameTests
{
    [Fact]
    public void names_sort_in_the_order_the_mails_were_dropped()
    {
        var start = new DateTimeOffset(2026, 11, 26, 9, 59, 59, TimeSpan.FromHours(1));
        var names = Enumerable.Range(0, 50).Select(i => DroppedMailFolder.NewName(start.AddTicks(i * 7919L))).ToList();

        Assert.All(names, n => Assert.True(DroppedMailFolder.IsWellFormed(n), n));
        Assert.Equal(names, names.Order(StringComparer.Ordinal));
        Assert.StartsWith("20261126T0859590000000Z-", names[0], StringComparison.Ordinal);
    }

    [Fact]
    public void two_mails_in_the_same_instant_get_different_names()
    {
        var now = DateTimeOffset.UnixEpoch;

        Assert.Equal(100, Enumerable.Range(0, 100).Select(_ => DroppedMailFolder.NewName(now)).Distinct().Count());
    }

    [Theory]
    [InlineData("../20261126T0859590000000Z-0a1b2c3d.eml")]
    [InlineData("..\\20261126T0859590000000Z-0a1b2c3d.eml")]
    [InlineData("/etc/passwd")]
    [InlineData("20261126T0859590000000Z-0a1b2c3d.eml/..")]
    [InlineData("20261126T0859590000000Z-0A1B2C3D.eml")]
    [InlineData("20261126T0859590000000Z-0a1b2c3d.eml\n")]
    [InlineData("secret.eml")]
    [InlineData("")]
    [InlineData(null)]
    public void anything_but_a_dropped_mail_name_is_refused(string? name) =>
        Assert.False(DroppedMailFolder.IsWellFormed(name));
}
