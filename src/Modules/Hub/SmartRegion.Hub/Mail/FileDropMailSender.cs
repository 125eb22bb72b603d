using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmartRegion.Hub.Contracts.Mail;

namespace SmartRegion.Hub.Mail;

/// <summary>Without a mail server (the embedded profile) each mail becomes an <c>.eml</c> file that region admins read on the platform.</summary>
internal sealed partial class FileDropMailSender(DroppedMailFolder folder, IOptions<MailOptions> options, TimeProvider time, ILogger<FileDropMailSender> logger)
    : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        using var message = MailMessages.Create(mail, options.Value, now);
        var directory = folder.FullPath;

        // Written under a name the list ignores, then moved into place: a reader never sees half a mail.
        var temporary = Path.Combine(directory, "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await message.WriteToAsync(file, ct);
            }

            var name = MoveIntoPlace(temporary, directory, now);
            LogDropped(logger, name);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string MoveIntoPlace(string temporary, string directory, DateTimeOffset now)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = DroppedMailFolder.NewName(now);
            try
            {
                // overwrite: false — an existing mail is never replaced; a clash only costs another random name.
                File.Move(temporary, Path.Combine(directory, name), overwrite: false);
                return name;
            }
            catch (IOException) when (attempt < 5 && File.Exists(Path.Combine(directory, name)))
            {
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No SMTP server is configured; mail dropped as {Name} under the data path.")]
    private static partial void LogDropped(ILogger logger, string name);
}
