using SmartRegion.Hub.Municipalities;

namespace SmartRegion.Hub.Tests.Domain;

public sealed class MunicipalityCsvTests
{
    [Fact]
    public void the_seed_file_holds_the_city_and_the_52_municipalities_of_the_landkreis()
    {
        var all = MunicipalityCsv.ReadEmbedded();

        Assert.Equal(53, all.Count);
        Assert.Single(all, m => m.Ags == "09663000" && m.Type == MunicipalityType.KreisfreieStadt);
        var landkreis = all.Where(m => m.Ags.StartsWith("09679", StringComparison.Ordinal)).ToList();
        Assert.Equal(52, landkreis.Count);
        Assert.Equal(4, landkreis.Count(m => m.Type == MunicipalityType.Stadt));
        Assert.Equal(15, landkreis.Count(m => m.Type == MunicipalityType.Markt));
        Assert.Equal(33, landkreis.Count(m => m.Type == MunicipalityType.Gemeinde));
        Assert.Equal(11, landkreis.Select(m => m.Verwaltungsgemeinschaft).OfType<string>().Distinct().Count());
    }

    [Fact]
    public void a_municipality_keeps_its_reference_figures()
    {
        var hoechberg = MunicipalityCsv.ReadEmbedded().Single(m => m.Ags == "09679147");

        Assert.Equal("Höchberg", hoechberg.Name);
        Assert.Equal(MunicipalityType.Markt, hoechberg.Type);
        Assert.Null(hoechberg.Verwaltungsgemeinschaft);
        Assert.Equal(49.7845, hoechberg.Latitude);
        Assert.Equal(9.8822, hoechberg.Longitude);
        Assert.Equal(9528, hoechberg.Population);
    }

    [Fact]
    public void a_file_with_another_header_is_rejected_with_the_expected_header()
    {
        var error = Assert.Throws<FormatException>(() => MunicipalityCsv.Read(new StringReader("ags;name\n09679147;Höchberg")));

        Assert.Contains("ags,name,type", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("09679147,Höchberg,Dorf,,49.7,9.8,9528")]
    [InlineData("09679147,Höchberg,Markt,,nord,9.8,9528")]
    [InlineData("09679147,Höchberg,Markt,,49.7,9.8,-3")]
    [InlineData("09679147,Höchberg,Markt")]
    public void a_malformed_line_is_named_by_its_number(string line)
    {
        var csv = "ags,name,type,verwaltungsgemeinschaft,lat,lon,population\n09679180,Rimpar,Markt,,49.8569,9.9571,7735\n" + line;

        var error = Assert.Throws<FormatException>(() => MunicipalityCsv.Read(new StringReader(csv)));

        Assert.Contains("Line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_municipality_needs_a_well_formed_ags()
    {
        Assert.Throws<ArgumentException>(() => Municipality.Create("9679147", "Höchberg", MunicipalityType.Markt, null, 49.7, 9.8, 1));
    }
}
