using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Kernel.Problems;
using SmartRegion.OpenData.ApiTokens;
using SmartRegion.OpenData.Datasets;

namespace SmartRegion.OpenData.Ckan;

/// <summary>
/// CKAN's <c>package_create</c> with a municipality's API token. The dictionary is checked by the catalogue's own rules
/// (<see cref="DatasetInput"/>, <see cref="PublicationCheck"/>), links in <c>resources</c> by those of link
/// distributions; the dataset, its links and its publication are saved in one go or not at all. <c>state</c>
/// <c>draft</c> keeps a draft, <c>active</c> publishes (refused while a mandatory DCAT-AP.de field is missing), and
/// without <c>state</c> the dataset is published when it is complete and stays a draft otherwise.
/// </summary>
internal static partial class CreatePackage
{
    public const string Action = "package_create";

    public static async Task<Microsoft.AspNetCore.Http.IResult> HandleAsync(CkanCall call, IAuditLog audit, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(audit);
        var token = await call.TokenAsync();
        if (token is null)
        {
            return call.Forbidden(call.Text["Ckan.Token.Required"]);
        }

        var snapshot = await call.SnapshotAsync();
        var municipality = (await call.Municipalities.FindAsync(token.MunicipalityAgs, call.CancellationToken))?.Name ?? token.MunicipalityAgs;
        var ownerOrg = call.Input.Text("owner_org")?.Trim();
        var org = string.IsNullOrEmpty(ownerOrg) ? snapshot.OrganizationOf(token.MunicipalityAgs, null, municipality) : snapshot.FindOrganization(ownerOrg);
        if (org is null)
        {
            return call.Invalid("owner_org", call.Text["Ckan.Organization.Unknown"]);
        }

        if (org.Ags != token.MunicipalityAgs)
        {
            return call.Forbidden(call.Text["Ckan.Token.OtherOrganization", org.Name]);
        }

        var errors = new Dictionary<string, string[]>();
        var input = new DatasetInput { PublisherName = org.Office };
        PackageInput.Apply(call.Input, input, errors, call.Text);
        var links = PackageInput.Resources(call.Input, errors, call.Text);
        var state = call.Input.Text("state")?.Trim();
        if (state is not (null or "" or "active" or "draft"))
        {
            errors["state"] = [call.Text["Ckan.State.Invalid"]];
        }

        var name = call.Input.Text("name")?.Trim();
        if (!string.IsNullOrEmpty(name))
        {
            if (!NamePattern().IsMatch(name) || name.Length > Dataset.MaxName)
            {
                errors["name"] = [call.Text["Ckan.Name.Invalid", Dataset.MaxName]];
            }
            else if (await call.Db.Datasets.AnyAsync(d => d.Name == name, call.CancellationToken))
            {
                errors["name"] = [call.Text["Ckan.Name.Taken"]];
            }
        }

        var validation = new ValidationErrors();
        var fields = input.Validate(validation, call.Text);
        foreach (var (field, messages) in validation.ToDictionary())
        {
            errors[PackageInput.CkanKey(field)] = messages;
        }

        if (fields is null || errors.Count > 0)
        {
            return call.Invalid(errors);
        }

        var now = time.GetUtcNow();
        if (string.IsNullOrEmpty(name))
        {
            name = await DatasetNames.UniqueAsync(call.Db, fields.Title, call.CancellationToken);
        }

        var dataset = Dataset.Create(name, token.MunicipalityAgs, fields, null, now);
        dataset.Distributions.AddRange(links.Select(l => l.ToDistribution(dataset.Id, now)));
        var gaps = PublicationCheck.Gaps(dataset, call.Text).Where(g => g.Mandatory).ToList();
        if (state == "active" && gaps.Count > 0)
        {
            return call.Invalid(gaps.GroupBy(g => PackageInput.CkanKey(g.Field)).ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray()));
        }

        if (state != "draft" && gaps.Count == 0)
        {
            dataset.Publish(now);
        }

        token.Used(now);
        call.Db.Datasets.Add(dataset);
        try
        {
            await call.Db.SaveChangesAsync(call.CancellationToken);
        }
        catch (DbUpdateException)
        {
            call.Db.ChangeTracker.Clear();
            if (await call.Db.Datasets.AnyAsync(d => d.Name == name, CancellationToken.None))
            {
                // Another request took the name between the check and the save.
                return call.Invalid("name", call.Text["Ckan.Name.Taken"]);
            }

            throw;
        }

        var via = "CKAN API, token " + token.Hint;
        await audit.RecordAsync(new AuditRecord("datasets.created", "dataset", dataset.Id.ToString(), dataset.MunicipalityAgs, via), call.CancellationToken);
        if (dataset.Status == DatasetStatus.Published)
        {
            await audit.RecordAsync(new AuditRecord("datasets.published", "dataset", dataset.Id.ToString(), dataset.MunicipalityAgs, via), call.CancellationToken);
        }

        var owner = snapshot.OrganizationOf(dataset.MunicipalityAgs, dataset.PublisherName, municipality);
        return call.Ok(PackageDicts.Package(dataset, owner, snapshot.OrganizationCreated.GetValueOrDefault(owner.Id, dataset.CreatedAt), call.BaseUrl, CkanCall.Language));
    }

    [GeneratedRegex("^[a-z0-9_-]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
