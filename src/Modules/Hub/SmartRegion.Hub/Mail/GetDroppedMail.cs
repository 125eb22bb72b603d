using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using MimeKit;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;

namespace SmartRegion.Hub.Mail;

/// <summary>One dropped mail with its headers and text, for region admins.</summary>
internal static class GetDroppedMail
{
    internal sealed record Header(string Name, string Value);

    internal sealed record Detail(
        string Name, DateTimeOffset Date, string From, string To, string Subject, IReadOnlyList<Header> Headers, string? TextBody, string? HtmlBody);

    /// <summary>The mail with exactly this file name in the mail folder, or null for any other name.</summary>
    public static async Task<Detail?> ExecuteAsync(string? name, DroppedMailFolder folder, IAuditLog audit, CancellationToken cancellationToken)
    {
        if (folder.Find(name) is not { } path)
        {
            return null;
        }

        using var message = await MimeMessage.LoadAsync(path, cancellationToken);
        await audit.RecordAsync(new AuditRecord("dropped-mails.read", "dropped-mail", name!), cancellationToken);
        return new Detail(
            name!,
            message.Date,
            message.From.ToString(),
            message.To.ToString(),
            message.Subject ?? "",
            [.. message.Headers.Select(h => new Header(h.Field, h.Value))],
            message.TextBody,
            message.HtmlBody);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/dropped-mails/{name}", async Task<Results<Ok<Detail>, ValidationProblem, ProblemHttpResult>> (
                string name, DroppedMailFolder folder, IAuditLog audit, CancellationToken ct) =>
            {
                if (!DroppedMailFolder.IsWellFormed(name))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["name"] = ["A dropped mail's name looks like 20261126T101530123456Z-0a1b2c3d.eml; take it from the list."],
                    });
                }

                var mail = await ExecuteAsync(name, folder, audit, ct);
                return mail is null
                    ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Mail not found", detail: $"No dropped mail is named {name}.")
                    : TypedResults.Ok(mail);
            })
            .WithName("GetDroppedMail")
            .WithSummary("Gets one mail stored as a file: headers, text and HTML body (region admins).")
            .RequireAuthorization(HubPolicies.RegionAdmin);
}
