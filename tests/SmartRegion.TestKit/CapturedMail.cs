using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using SmartRegion.Hub.Contracts.Mail;

namespace SmartRegion.TestKit;

/// <summary>The test host's mail server: keeps every mail the platform sends, in memory (mail leaves the process, so a fake is fine).</summary>
public sealed partial class CapturedMail : IMailSender
{
    private readonly ConcurrentQueue<OutgoingMail> _mails = new();

    public Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        _mails.Enqueue(mail);
        return Task.CompletedTask;
    }

    public IReadOnlyList<OutgoingMail> To(string address) =>
        [.. _mails.Where(m => string.Equals(m.ToAddress, address, StringComparison.OrdinalIgnoreCase))];

    public void Clear() => _mails.Clear();

    /// <summary>The first link in the newest mail to <paramref name="address"/> whose path contains <paramref name="path"/>.</summary>
    public Uri LinkTo(string address, string path) =>
        new(Link().Matches(To(address)[^1].TextBody).Select(m => m.Value).First(l => l.Contains(path, StringComparison.Ordinal)));

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
