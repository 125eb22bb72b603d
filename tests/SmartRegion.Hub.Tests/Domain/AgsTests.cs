using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Hub.Tests.Domain;

public sealed class AgsTests
{
    [Theory]
    [InlineData("09679147", true)]
    [InlineData("09663000", true)]
    [InlineData("9679147", false)]
    [InlineData("096791470", false)]
    [InlineData("0967914a", false)]
    [InlineData("０９６７９１４７", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void an_ags_is_exactly_eight_ascii_digits(string? value, bool expected) =>
        Assert.Equal(expected, Ags.IsWellFormed(value));

    [Theory]
    [InlineData("Zeile eins\nZeile zwei", true, false)]
    [InlineData("Zeile eins\nZeile zwei", false, true)]
    [InlineData("Tab\tgetrennt", false, false)]
    [InlineData("binär\u0000", true, true)]
    [InlineData("Glocke\u0007", true, true)]
    public void control_characters_in_free_text_are_detected(string value, bool allowLineBreaks, bool expected) =>
        Assert.Equal(expected, TextInput.HasControlCharacters(value, allowLineBreaks));
}
