using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SmartRegion.Hub.Contracts.Mail;

namespace SmartRegion.Hub.Mail;

/// <summary>Outgoing mail: SMTP when <c>Modules:Hub:Mail:Host</c> is set, otherwise the file drop.</summary>
internal static class MailRegistration
{
    public static void AddMail(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailOptions>().Bind(builder.Configuration.GetSection(MailOptions.Section)).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, MailOptionsValidation>());
        builder.Services.AddOptions<PublicOriginOptions>()
            .Configure(o =>
            {
                o.PublicOrigin = builder.Configuration[PublicOriginOptions.Key];
                o.BehindProxy = builder.Configuration.GetValue("Proxy:Enabled", false);
            })
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublicOriginOptions>, PublicOriginValidation>());
        builder.Services.AddSingleton<IPublicOrigin, PublicOrigin>();
        builder.Services.AddSingleton<DroppedMailFolder>();
        builder.Services.AddSingleton<SmtpMailSender>();
        builder.Services.AddSingleton<FileDropMailSender>();
        builder.Services.AddSingleton<IMailSender>(services => services.GetRequiredService<IOptions<MailOptions>>().Value.UsesSmtp
            ? services.GetRequiredService<SmtpMailSender>()
            : services.GetRequiredService<FileDropMailSender>());
    }
}
