using System.Text.RegularExpressions;
using MimeKit;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>Reads the mails the platform dropped under the host's data path (no mail server is configured in tests).</summary>
internal static partial class Mailbox
{
    private static string Folder(SmartRegionHost host) => Path.Combine(host.DataPath, "mail");

    public static void Clear(SmartRegionHost host)
    {
        if (Directory.Exists(Folder(host)))
        {
            Directory.Delete(Folder(host), recursive: true);
        }
    }

    /// <summary>Every dropped mail to the address, oldest first (the file names sort by time).</summary>
    public static IReadOnlyList<MimeMessage> To(SmartRegionHost host, string address) =>
        !Directory.Exists(Folder(host))
            ? []
            : [.. Directory.GetFiles(Folder(host), "*.eml").Order(StringComparer.Ordinal)
                .Select(file => MimeMessage.Load(file))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    public static int Count(SmartRegionHost host) =>
        Directory.Exists(Folder(host)) ? Directory.GetFiles(Folder(host), "*.eml").Length : 0;

    public static MimeMessage NewestTo(SmartRegionHost host, string address) =>
        To(host, address) is { Count: > 0 } mails ? mails[^1] : throw new InvalidOperationException($"No mail to {address}.");

    /// <summary>The path and query of the first link in the mail's text that goes to <paramref name="path"/>.</summary>
    public static string LinkTo(MimeMessage mail, string path)
    {
        foreach (Match match in Link().Matches(mail.TextBody ?? ""))
        {
            var uri = new Uri(match.Value);
            if (uri.AbsolutePath == path)
            {
                return uri.PathAndQuery;
            }
        }

        throw new InvalidOperationException($"No link to {path} in: {mail.TextBody}");
    }

    public static bool HasLinkTo(MimeMessage mail, string path) =>
        Link().Matches(mail.TextBody ?? "").Any(m => new Uri(m.Value).AbsolutePath == path && new Uri(m.Value).Query.Length > 0);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
