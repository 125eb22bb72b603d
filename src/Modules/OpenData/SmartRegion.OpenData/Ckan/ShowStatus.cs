using Microsoft.Extensions.Options;

namespace SmartRegion.OpenData.Ckan;

/// <summary>
/// CKAN's <c>status_show</c>. The catalogue is not CKAN: <c>ckan_version</c> names the CKAN API version whose actions and
/// dictionaries it answers like (2.10), so clients that check it pick the right behaviour.
/// </summary>
internal static class ShowStatus
{
    public const string Action = "status_show";
    public const string CkanApiVersion = "2.10";

    internal sealed record Status(string SiteTitle, string SiteDescription, string SiteUrl, string CkanVersion, string? ErrorEmailsTo,
        string LocaleDefault, IReadOnlyList<string> Extensions);

    public static Task<Microsoft.AspNetCore.Http.IResult> HandleAsync(CkanCall call, IOptions<OpenDataOptions> options)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(options);
        return Task.FromResult(call.Ok(new Status(call.Text["Ckan.SiteTitle"], call.Text["Ckan.SiteDescription", options.Value.CataloguePublisher],
            call.BaseUrl, CkanApiVersion, null, "de", ["datastore", "dcat", "dcatde"])));
    }
}
