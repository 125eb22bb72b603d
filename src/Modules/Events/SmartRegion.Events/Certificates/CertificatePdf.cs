using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SmartRegion.Events.Certificates;

/// <summary>Draws a certificate of attendance on one A4 page: a heading, the person, the event and its facts, the issue line.</summary>
internal static class CertificatePdf
{
    private const double Margin = 72;

    internal sealed record Content(
        string Language, string Heading, string Confirms, string Name, string Attended, string EventTitle, IReadOnlyList<(string Label, string Value)> Facts,
        string CheckedIn, string Issued);

    public static byte[] Render(Content content)
    {
        ArgumentNullException.ThrowIfNull(content);
        CertificateFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = content.Heading + " – " + content.Name;
        document.Info.Author = "Smarte Region";
        document.Language = content.Language == "en" ? "en-GB" : "de-DE";
        document.Info.Subject = content.EventTitle;
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(210);
        page.Height = XUnit.FromMillimeter(297);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var width = page.Width.Point - (2 * Margin);
            var heading = new XFont(CertificateFonts.Family, 26, XFontStyleEx.Bold);
            var large = new XFont(CertificateFonts.Family, 18, XFontStyleEx.Bold);
            var body = new XFont(CertificateFonts.Family, 12, XFontStyleEx.Regular);
            var label = new XFont(CertificateFonts.Family, 12, XFontStyleEx.Bold);
            var small = new XFont(CertificateFonts.Family, 10, XFontStyleEx.Regular);

            var y = Margin + 40;
            y = Paragraph(gfx, content.Heading, heading, Margin, y, width, centred: true) + 36;
            y = Paragraph(gfx, content.Confirms, body, Margin, y, width, centred: true) + 12;
            y = Paragraph(gfx, content.Name, large, Margin, y, width, centred: true) + 12;
            y = Paragraph(gfx, content.Attended, body, Margin, y, width, centred: true) + 24;
            y = Paragraph(gfx, content.EventTitle, large, Margin, y, width, centred: true) + 36;
            const double labelWidth = 110;
            foreach (var (name, value) in content.Facts)
            {
                Paragraph(gfx, name, label, Margin, y, labelWidth, centred: false);
                y = Paragraph(gfx, value, body, Margin + labelWidth, y, width - labelWidth, centred: false) + 10;
            }

            y += 24;
            y = Paragraph(gfx, content.CheckedIn, body, Margin, y, width, centred: false) + 8;
            Paragraph(gfx, content.Issued, small, Margin, Math.Max(y, page.Height.Point - Margin - 40), width, centred: false);
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    /// <summary>Writes the text word-wrapped into the column and returns the height reached.</summary>
    private static double Paragraph(XGraphics gfx, string text, XFont font, double x, double y, double width, bool centred)
    {
        var lineHeight = font.GetHeight() * 1.2;
        foreach (var line in Wrap(gfx, text, font, width))
        {
            var format = centred ? XStringFormats.TopCenter : XStringFormats.TopLeft;
            gfx.DrawString(line, font, XBrushes.Black, new XRect(x, y, width, lineHeight), format);
            y += lineHeight;
        }

        return y;
    }

    private static IEnumerable<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && gfx.MeasureString(candidate, font).Width > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
