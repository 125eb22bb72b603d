using SmartRegion.Kernel.Text;

namespace SmartRegion.Platform.Tests.Kernel;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Bürgerhaushalt Höchberg 2027", "buergerhaushalt-hoechberg-2027")]
    [InlineData("  Straße – Fuß & Rad!  ", "strasse-fuss-rad")]
    [InlineData("Haushalt---Plan", "haushalt-plan")]
    [InlineData("…", "ersatz")]
    [InlineData("", "ersatz")]
    public void a_title_becomes_lower_case_ascii_with_single_hyphens_and_umlauts_spelled_out(string title, string expected) =>
        Assert.Equal(expected, Slugs.From(title, "ersatz"));

    [Fact]
    public void a_long_title_is_cut_at_80_characters_without_a_trailing_hyphen()
    {
        var slug = Slugs.From(new string('a', 79) + " b" + new string('c', 30), "ersatz");

        Assert.Equal(new string('a', 79), slug);
    }

    [Fact]
    public void a_taken_slug_gets_the_first_free_number()
    {
        Assert.Equal("spielplatz", Slugs.FirstFree("spielplatz", ["spielplaetze"]));
        Assert.Equal("spielplatz-3", Slugs.FirstFree("spielplatz", ["spielplatz", "spielplatz-2"]));
    }
}
