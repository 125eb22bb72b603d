using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using MimeKit;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Kernel.Paging;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Mail;

/// <summary>Region admins see the mails dropped while no SMTP server was configured, newest first.</summary>
internal static class ListDroppedMails
{
    internal sealed record Item(string Name, DateTimeOffset Date, string To, string Subject);

    public static async Task<Paged<Item>> ExecuteAsync(PageRequest page, DroppedMailFolder folder, IAuditLog audit, CancellationToken cancellationToken)
    {
        // The names sort by time, so only the files of the requested page are opened.
        var names = folder.Names();
        var items = new List<Item>();
        foreach (var name in names.Skip(page.Skip).Take(page.PageSize))
        {
            using var message = await MimeMessage.LoadAsync(Path.Combine(folder.FullPath, name), cancellationToken);
            items.Add(new Item(name, message.Date, message.To.ToString(), message.Subject ?? ""));
        }

        // Mails hold addresses and links to accounts: every look at them is on the record.
        await audit.RecordAsync(new AuditRecord("dropped-mails.read", "dropped-mail", $"page={page.Page}", Details: string.Join(' ', items.Select(i => i.Name))), cancellationToken);
        return new Paged<Item>(items, page.Page, page.PageSize, names.Count);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/dropped-mails", async Task<Results<Ok<Paged<Item>>, ValidationProblem>> (
                int? page, int? pageSize, DroppedMailFolder folder, IAuditLog audit, CancellationToken ct) =>
            {
                var errors = new ValidationErrors();
                var request = PageRequest.From(page, pageSize, errors);
                return errors.IsEmpty
                    ? TypedResults.Ok(await ExecuteAsync(request, folder, audit, ct))
                    : Outcome<Item>.Invalid(errors).ToValidationProblem();
            })
            .WithName("ListDroppedMails")
            .WithSummary("Lists the mails stored as files while no SMTP server is configured, newest first (region admins).")
            .RequireAuthorization(HubPolicies.RegionAdmin);
}
