using System.Globalization;
using SmartRegion.OpenData.Tabular;

namespace SmartRegion.OpenData.Tests.Tabular;

/// <summary>The chart's value axis: round ticks that always include zero, whatever the sign and size of the values.</summary>
public sealed class ChartGeometryTests
{
    private static readonly CultureInfo German = new("de-DE");

    private static ChartGeometry Chart(params double[] values) => new([.. values.Select((v, i) => ("P" + i, v))], German);

    [Fact]
    public void a_small_negative_value_beside_large_positive_ones_costs_one_step_below_zero_not_a_third_of_the_chart()
    {
        var chart = Chart(-1, 1000);

        Assert.Equal(["-200", "0", "200", "400", "600", "800", "1.000"], chart.Ticks.Select(t => t.Text));
        var plot = ChartGeometry.Height - ChartGeometry.Top - ChartGeometry.Bottom;
        Assert.InRange(chart.ZeroY, ChartGeometry.Top + (plot * 0.8), ChartGeometry.Top + (plot * 0.9));
    }

    [Fact]
    public void negative_values_only_put_zero_at_the_top()
    {
        var chart = Chart(-12, -30, -7);

        Assert.Equal(0, chart.Ticks[^1].Value);
        Assert.Equal(-30, chart.Ticks[0].Value);
        Assert.Equal(ChartGeometry.Top, chart.ZeroY);
        Assert.All(chart.Marks, m => Assert.Equal(ChartGeometry.Top, m.Y));
    }

    [Fact]
    public void positive_values_start_the_axis_at_zero()
    {
        var chart = Chart(9612, 127934, 7812);

        Assert.Equal("0", chart.Ticks[0].Text);
        Assert.Equal(ChartGeometry.Height - ChartGeometry.Bottom, chart.ZeroY);
        Assert.True(chart.Ticks[^1].Value >= 127934);
        Assert.InRange(chart.Ticks.Count, 4, 9);
    }

    [Fact]
    public void fractional_ticks_keep_their_decimals_and_do_not_drift()
    {
        var chart = Chart(0.1, 0.25, 0.5);

        Assert.Equal(["0,0", "0,1", "0,2", "0,3", "0,4", "0,5"], chart.Ticks.Select(t => t.Text));
        Assert.Equal(0.3, chart.Ticks[3].Value);
    }

    [Fact]
    public void values_that_are_all_zero_or_none_still_give_an_axis()
    {
        Assert.Equal(["0", "1"], Chart(0, 0).Ticks.Select(t => t.Text));
        Assert.Equal(["0", "1"], Chart().Ticks.Select(t => t.Text));
    }
}
