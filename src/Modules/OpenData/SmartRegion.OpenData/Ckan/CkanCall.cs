using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.OpenData.ApiTokens;
using SmartRegion.OpenData.Resources;

namespace SmartRegion.OpenData.Ckan;

/// <summary>What every CKAN action works with: the request, its parameters and the catalogue.</summary>
internal sealed record CkanCall(
    string Action, HttpRequest Request, CkanInput Input, OpenDataDb Db, PackageIndex Index, IMunicipalityDirectory Municipalities,
    IStringLocalizer<OpenDataText> Text, string BaseUrl, CancellationToken CancellationToken)
{
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public Task<PackageSnapshot> SnapshotAsync() => Index.CurrentAsync(Db, Municipalities, CancellationToken);

    /// <summary>The caller's active token, or null.</summary>
    public Task<ApiToken?> TokenAsync() => ApiTokenCaller.FindAsync(Request, Db, CancellationToken);

    public IResult Ok(object result) => Tabular.CkanEnvelope.Success(Request, Action, result);

    public IResult Invalid(Dictionary<string, string[]> errors) => Tabular.CkanEnvelope.Invalid(Request, Action, errors);

    public IResult Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public IResult NotFound(string message) => Tabular.CkanEnvelope.NotFound(Request, Action, message);

    public IResult Forbidden(string message) => CkanErrors.Forbidden(Request, Action, message);

    /// <summary>A required parameter, or null (then answer <see cref="Missing"/>).</summary>
    public string? Required(string key) => string.IsNullOrWhiteSpace(Input.Text(key)) ? null : Input.Text(key)!.Trim();

    public IResult Missing(string key) => Invalid(key, Text["Ckan.Missing"]);

    public bool Flag(string key) => Input.Flag(key);
}
