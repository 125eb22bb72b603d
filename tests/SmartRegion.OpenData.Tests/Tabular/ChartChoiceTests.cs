using System.Globalization;
using SmartRegion.OpenData.Tabular;

namespace SmartRegion.OpenData.Tests.Tabular;

/// <summary>The chart a table gets when nobody has chosen: a measure, else counts per category, else none.</summary>
public sealed class ChartChoiceTests
{
    private static TabularField F(int position, string id, ColumnType type) => new(position, id, type);

    [Theory]
    [InlineData("breite")]
    [InlineData("Länge")]
    [InlineData("lat")]
    [InlineData("Longitude")]
    [InlineData("Rechtswert")]
    [InlineData("x")]
    public void coordinates_are_no_measure(string name) =>
        Assert.False(ChartChoice.IsMeasure(F(0, name, ColumnType.Numeric), [49.78, 49.79]));

    [Theory]
    [InlineData("id")]
    [InlineData("objekt_id")]
    [InlineData("Nr.")]
    [InlineData("Hausnummer")]
    [InlineData("AGS")]
    [InlineData("Gemeindeschlüssel")]
    [InlineData("Stimmbezirk")]
    [InlineData("PLZ")]
    [InlineData("Jahr")]
    public void keys_and_years_are_no_measure(string name) =>
        Assert.False(ChartChoice.IsMeasure(F(0, name, ColumnType.Int), [7L, 3L, 12L]));

    [Theory]
    [InlineData("Einwohner")]
    [InlineData("Fläche")]
    [InlineData("Anzahl")]
    [InlineData("Preisindex")]
    public void counts_and_sizes_are_measures(string name) =>
        Assert.True(ChartChoice.IsMeasure(F(0, name, ColumnType.Int), [127_934L, 9_612L, 4_500L]));

    [Fact]
    public void whole_numbers_counting_up_by_one_are_a_running_number_whatever_the_header()
    {
        Assert.False(ChartChoice.IsMeasure(F(0, "Wert", ColumnType.Int), [1L, 2L, 3L, 4L]));
        Assert.True(ChartChoice.IsMeasure(F(0, "Wert", ColumnType.Numeric), [1.0, 2.0, 3.0]));
    }

    [Fact]
    public void polling_stations_with_only_district_numbers_and_coordinates_get_no_chart()
    {
        IReadOnlyList<TabularField> fields = [F(0, "stimmbezirk", ColumnType.Text), F(1, "name", ColumnType.Text), F(2, "breite", ColumnType.Numeric), F(3, "laenge", ColumnType.Numeric)];
        object?[][] rows = [["001", "Rathaus", 49.7835, 9.88], ["002", "Schule", 49.7855, 9.89], ["003", "Halle", 49.7875, 9.88]];

        Assert.Null(ChartChoice.Default(fields, rows));
    }

    [Fact]
    public void the_first_measure_is_plotted_per_the_first_text_column()
    {
        IReadOnlyList<TabularField> fields = [F(0, "ags", ColumnType.Int), F(1, "name", ColumnType.Text), F(2, "breite", ColumnType.Numeric), F(3, "einwohner", ColumnType.Int)];
        object?[][] rows = [[9663000L, "Würzburg", 49.79, 126_933L], [9679147L, "Höchberg", 49.78, 9_528L]];

        var choice = ChartChoice.Default(fields, rows)!;

        Assert.Equal("name", choice.Label.Id);
        Assert.Equal("einwohner", choice.Value!.Id);
    }

    [Fact]
    public void without_a_measure_a_repeating_text_column_is_counted_per_category()
    {
        IReadOnlyList<TabularField> fields = [F(0, "Name", ColumnType.Text), F(1, "Art", ColumnType.Text), F(2, "lat", ColumnType.Numeric)];
        object?[][] rows = [["A", "Spielplatz", 49.1], ["B", "Bolzplatz", 49.2], ["C", "Spielplatz", 49.3]];

        var choice = ChartChoice.Default(fields, rows)!;

        Assert.Equal("Art", choice.Label.Id);
        Assert.True(choice.CountsRows);
    }

    [Theory]
    [InlineData(49.7835, "49,7835")]
    [InlineData(49.78345, "49,7835")]
    [InlineData(49.78344, "49,7834")]
    [InlineData(-0.00005, "-0,0001")]
    [InlineData(127934.0, "127.934")]
    [InlineData(1.5, "1,5")]
    public void every_number_is_written_by_one_rule(double value, string expected) =>
        Assert.Equal(expected, TabularNumber.Format(value, CultureInfo.GetCultureInfo("de-DE")));
}
