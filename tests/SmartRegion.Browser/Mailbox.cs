using System.Text.RegularExpressions;
using MimeKit;

namespace SmartRegion.Browser;

/// <summary>Reads the mails the host dropped under its data path (no mail server in the tests) and finds links in them.</summary>
internal static partial class Mailbox
{
    public static string LinkFor(PlatformHost host, string email, string pathPart)
    {
        var folder = Path.Combine(host.DataPath, "mail");
        var mail = Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal)
            .Select(file => MimeMessage.Load(file))
            .Last(m => m.To.Mailboxes.Any(b => b.Address == email));
        return Link().Matches(mail.TextBody ?? "").Select(m => m.Value).First(l => l.Contains(pathPart, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
