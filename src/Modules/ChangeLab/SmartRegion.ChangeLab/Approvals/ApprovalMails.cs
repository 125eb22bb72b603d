using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Kernel.Time;

namespace SmartRegion.ChangeLab.Approvals;

/// <summary>Writes one mail in the recipient's saved language; shared by the mails of the approval.</summary>
internal sealed class ApprovalMails(IMailSender mail, IStringLocalizer<ChangeLabText> text)
{
    public async Task SendAsync(MemberContact to, string subjectKey, object[] subject, string bodyKey, object[] body, CancellationToken cancellationToken)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(to.PreferredLanguage == "en" ? "en" : "de");
        try
        {
            await mail.SendAsync(new OutgoingMail(to.Email, text[subjectKey, subject], text[bodyKey, [to.DisplayName, .. body]].Value.ReplaceLineEndings("\n"), to.DisplayName),
                cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset instant) => BerlinDay.TimeOf(instant).ToString("HH:mm", CultureInfo.InvariantCulture);
}
