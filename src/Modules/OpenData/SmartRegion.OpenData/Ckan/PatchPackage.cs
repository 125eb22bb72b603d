using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Kernel.Problems;
using SmartRegion.OpenData.Datasets;

namespace SmartRegion.OpenData.Ckan;

/// <summary>
/// CKAN's <c>package_patch</c> with a token of the dataset's municipality: the keys sent replace those fields, the others
/// stay. The result must pass the catalogue's validation, and a published dataset must keep its mandatory DCAT-AP.de
/// fields. <c>state</c> <c>active</c> publishes a complete draft, <c>deleted</c> withdraws a published dataset. The name
/// is stable and resources change through <c>resource_create</c>.
/// </summary>
internal static class PatchPackage
{
    public const string Action = "package_patch";

    public static async Task<Microsoft.AspNetCore.Http.IResult> HandleAsync(CkanCall call, IAuditLog audit, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(audit);
        var token = await call.TokenAsync();
        if (token is null)
        {
            return call.Forbidden(call.Text["Ckan.Token.Required"]);
        }

        var id = call.Required("id") ?? call.Required("name");
        if (id is null)
        {
            return call.Missing("id");
        }

        var query = call.Db.Datasets.Include(d => d.Distributions);
        var dataset = Guid.TryParse(id, out var guid)
            ? await query.FirstOrDefaultAsync(d => d.Id == guid, call.CancellationToken)
            : await query.FirstOrDefaultAsync(d => d.Name == id, call.CancellationToken);
        if (dataset is null || (dataset.Status != DatasetStatus.Published && dataset.MunicipalityAgs != token.MunicipalityAgs))
        {
            return call.NotFound(call.Text["Ckan.Package.NotFound"]);
        }

        if (dataset.MunicipalityAgs != token.MunicipalityAgs)
        {
            return call.Forbidden(call.Text["Ckan.Token.OtherOrganization", dataset.Name]);
        }

        var snapshot = await call.SnapshotAsync();
        var municipality = (await call.Municipalities.FindAsync(dataset.MunicipalityAgs, call.CancellationToken))?.Name ?? dataset.MunicipalityAgs;
        var errors = new Dictionary<string, string[]>();
        var input = new DatasetInput();
        input.CopyFrom(dataset);
        var ownerOrg = call.Input.Text("owner_org")?.Trim();
        if (!string.IsNullOrEmpty(ownerOrg))
        {
            var org = snapshot.FindOrganization(ownerOrg);
            if (org is null)
            {
                return call.Invalid("owner_org", call.Text["Ckan.Organization.Unknown"]);
            }

            if (org.Ags != token.MunicipalityAgs)
            {
                return call.Forbidden(call.Text["Ckan.Token.OtherOrganization", org.Name]);
            }

            input.PublisherName = org.Office;
        }

        PackageInput.Apply(call.Input, input, errors, call.Text);
        var name = call.Input.Text("name")?.Trim();
        if (!string.IsNullOrEmpty(name) && name != dataset.Name)
        {
            errors["name"] = [call.Text["Ckan.Name.Stable"]];
        }

        if (call.Input.Has("resources"))
        {
            errors["resources"] = [call.Text["Ckan.Resources.UseResourceCreate"]];
        }

        var state = call.Input.Text("state")?.Trim();
        if (state is not (null or "" or "active" or "deleted") || (state == "deleted" && dataset.Status != DatasetStatus.Published))
        {
            errors["state"] = [call.Text["Ckan.State.Invalid"]];
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
        var before = dataset.Fields;
        dataset.Update(fields, now);
        var gaps = PublicationCheck.Gaps(dataset, call.Text).Where(g => g.Mandatory).ToList();
        var publish = state == "active" && dataset.Status != DatasetStatus.Published;
        if ((dataset.Status == DatasetStatus.Published && state != "deleted") || publish)
        {
            if (gaps.Count > 0)
            {
                // Nothing is saved: the tracked changes are dropped with the context at the end of the request.
                return call.Invalid(gaps.GroupBy(g => PackageInput.CkanKey(g.Field)).ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray()));
            }
        }

        if (publish)
        {
            dataset.Publish(now);
        }
        else if (state == "deleted")
        {
            dataset.Withdraw(now);
        }

        token.Used(now);
        await call.Db.SaveChangesAsync(call.CancellationToken);
        var via = "CKAN API, token " + token.Hint;
        if (before.ContactName != fields.ContactName || before.ContactEmail != fields.ContactEmail)
        {
            await audit.RecordAsync(new AuditRecord("datasets.contact-changed", "dataset", dataset.Id.ToString(), dataset.MunicipalityAgs, via), call.CancellationToken);
        }

        if (publish || state == "deleted")
        {
            await audit.RecordAsync(new AuditRecord(publish ? "datasets.published" : "datasets.withdrawn", "dataset", dataset.Id.ToString(), dataset.MunicipalityAgs, via),
                call.CancellationToken);
        }

        var owner = snapshot.OrganizationOf(dataset.MunicipalityAgs, dataset.PublisherName, municipality);
        return call.Ok(PackageDicts.Package(dataset, owner, snapshot.OrganizationCreated.GetValueOrDefault(owner.Id, dataset.CreatedAt), call.BaseUrl, CkanCall.Language));
    }
}
