using SmartRegion.Hub.Mail;

namespace SmartRegion.Hub.Tests.Domain;

public sealed class MailOptionsValidationTests
{
    private static readonly MailOptionsValidation Validation = new();

    [Fact]
    public void the_defaults_are_valid_and_drop_mails_as_files()
    {
        var options = new MailOptions();

        Assert.True(Validation.Validate(null, options).Succeeded);
        Assert.False(options.UsesSmtp);
        Assert.Equal(587, options.Port);
        Assert.Equal(MailSecurity.Auto, options.Security);
        Assert.Equal("Smarte Region Würzburg", options.FromName);
    }

    [Theory]
    [InlineData(0, "Modules:Hub:Mail:Port")]
    [InlineData(65536, "Modules:Hub:Mail:Port")]
    public void a_port_outside_the_tcp_range_is_named_in_the_error(int port, string key)
    {
        var result = Validation.Validate(null, new MailOptions { Host = "smtp.beispiel.de", Port = port });

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FromAddress", "keine-adresse")]
    [InlineData("FromAddress", "Smarte Region <noreply@beispiel.de>")]
    [InlineData("Host", "smtp://smtp.beispiel.de")]
    [InlineData("Host", "smtp beispiel.de")]
    [InlineData("UserName", "konto")]
    [InlineData("TimeoutSeconds", "0")]
    [InlineData("Security", "7")]
    public void a_wrong_setting_is_refused_with_its_key(string key, string value)
    {
        var options = new MailOptions { Host = "smtp.beispiel.de" };
        switch (key)
        {
            case "FromAddress": options.FromAddress = value; break;
            case "Host": options.Host = value; break;
            case "UserName": options.UserName = value; break;
            case "TimeoutSeconds": options.TimeoutSeconds = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            default: options.Security = (MailSecurity)int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
        }

        var result = Validation.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Modules:Hub:Mail:" + key, result.FailureMessage, StringComparison.Ordinal);
    }
}
