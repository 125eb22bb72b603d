using System.Text;
using QRCoder;

namespace SmartRegion.Events.CheckIn;

/// <summary>The QR code of a registration's check-in address, drawn on the server as SVG (allowed by the policy as <c>img-src data:</c>).</summary>
internal static class CheckInQrCode
{
    public static string DataUri(string address)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
