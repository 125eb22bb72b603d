using System.Text;
using SmartRegion.Kernel.Csv;

namespace SmartRegion.Platform.Tests.Kernel;

public sealed class SafeCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("Zeile\nzwei", "\"Zeile\nzwei\"")]
    [InlineData("Würzburg", "Würzburg")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void a_text_cell_is_quoted_per_rfc_4180_and_never_starts_a_formula(string? value, string expected) =>
        Assert.Equal(expected, SafeCsv.Cell(value));

    [Fact]
    public void numbers_stay_numbers_even_when_negative_and_dates_are_iso_8601()
    {
        Assert.Equal("-12", SafeCsv.Cell(-12));
        Assert.Equal("-12", SafeCsv.Cell(-12L));
        Assert.Equal("-1.5", SafeCsv.Cell(-1.5));
        Assert.Equal("1234.50", SafeCsv.Cell(1234.50m));
        Assert.Equal("true", SafeCsv.Cell(true));
        Assert.Equal("2026-12-06T09:30:00", SafeCsv.Cell(new DateTime(2026, 12, 6, 9, 30, 0)));
        Assert.Equal("2026-12-06", SafeCsv.Cell(new DateOnly(2026, 12, 6)));
    }

    [Fact]
    public void a_download_has_a_header_crlf_rows_and_a_utf8_byte_order_mark()
    {
        var csv = new SafeCsv("name", "count").Row("=1+1", 3).Row("Höchberg", -2);

        var bytes = csv.ToUtf8();

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("name,count\r\n'=1+1,3\r\nHöchberg,-2\r\n", Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal("name,count\r\n'=1+1,3\r\nHöchberg,-2\r\n", csv.ToString());
    }

    [Fact]
    public void a_table_without_header_holds_only_its_rows() =>
        Assert.Equal("a,1\r\n", new SafeCsv().Row("a", 1).ToString());
}
