using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Help.Feedback;

/// <summary>
/// The feedback on offers that still waits for the review, oldest first, optionally for some offers only (a provider's).
/// Staff pages call it; it carries contact addresses, so the caller decides who may see it.
/// </summary>
internal static class ListOfferFeedback
{
    internal sealed record Item(Guid Id, string ServiceId, string ServiceName, IReadOnlyList<string> Reasons, string? Comment, string? ContactEmail, DateTimeOffset ReceivedAt);

    public static async Task<IReadOnlyList<Item>> ExecuteAsync(HelpDb db, IReadOnlyCollection<string>? serviceIds, CancellationToken cancellationToken)
    {
        var query = db.Set<OfferFeedback>().AsNoTracking().Where(f => f.HandledAt == null);
        if (serviceIds is not null)
        {
            var ids = serviceIds.ToList();
            query = query.Where(f => ids.Contains(f.ServiceId));
        }

        var rows = await (
                from feedback in query
                join service in db.Services on feedback.ServiceId equals service.Id
                orderby feedback.ReceivedAt
                select new { feedback.Id, feedback.ServiceId, service.Name, feedback.Reasons, feedback.Comment, feedback.ContactEmail, feedback.ReceivedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Item(r.Id, r.ServiceId, r.Name, r.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries), r.Comment, r.ContactEmail, r.ReceivedAt))];
    }
}
