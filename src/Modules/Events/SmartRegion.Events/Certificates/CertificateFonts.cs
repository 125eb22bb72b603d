using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace SmartRegion.Events.Certificates;

/// <summary>
/// The fonts of the certificates: DejaVu Sans (Bitstream Vera licence, see <c>Certificates/Fonts/LICENSE</c>) shipped
/// inside the assembly. PDFsharp finds no fonts of its own on Linux, and the platform must not depend on what a server
/// has installed, so every family asked for is answered with DejaVu Sans, regular or bold.
/// </summary>
internal sealed class CertificateFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly CertificateFonts Instance = new();
    private static readonly Lock Gate = new();
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private CertificateFonts()
    {
    }

    /// <summary>Makes PDFsharp use these fonts; the same instance every time, as PDFsharp asks.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, static name =>
    {
        using var stream = typeof(CertificateFonts).Assembly.GetManifestResourceStream($"SmartRegion.Events.Certificates.{name}.ttf")
            ?? throw new InvalidOperationException($"The font {name} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
