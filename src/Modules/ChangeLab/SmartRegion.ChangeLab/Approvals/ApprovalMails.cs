using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Kernel.Text;
using SmartRegion.Kernel.Time;

namespace SmartRegion.ChangeLab.Approvals;

/// <summary>Writes one mail in the recipient's saved language; shared by the mails of the approval.</summary>
internal sealed class ApprovalMails(IMailSender mail, IStringLocalizer<ChangeLabText> text)
{
    public async Task SendAsync(MemberContact to, string subjectKey, object[] subject, string bodyKey, object[] body, CancellationToken cancellationToken)
    {
        using (RecipientCulture.Use(to.PreferredLanguage))
        {
            await mail.SendAsync(new OutgoingMail(to.Email, text[subjectKey, subject], text[bodyKey, [to.DisplayName, .. body]].Value.ReplaceLineEndings("\n"), to.DisplayName),
                cancellationToken);
        }
    }

    public static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset instant) => BerlinDay.TimeOf(instant).ToString("HH:mm", CultureInfo.InvariantCulture);
}
