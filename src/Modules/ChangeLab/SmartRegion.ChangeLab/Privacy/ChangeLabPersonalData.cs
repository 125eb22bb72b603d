using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;

namespace SmartRegion.ChangeLab.Privacy;

/// <summary>„Change Lab“ in "Meine Daten": the person's bookings, the ideas they put forward, supported and commented on, whether they have a secret calendar address, whether they show colleagues when they are in, and the projects they changed last.</summary>
internal sealed class ChangeLabPersonalData(ChangeLabDb db) : IPersonalDataContributor
{
    public string Section => "change-lab";

    public async Task<object?> CollectAsync(PersonId person, CancellationToken cancellationToken)
    {
        var id = person.Value;
        var bookings = (await db.Bookings.AsNoTracking().Where(b => b.PersonId == id)
            .Join(db.Bookables, b => b.BookableId, r => r.Id, (b, r) => new { resource = r.Name, startsAt = b.StartsAt, endsAt = b.EndsAt, status = b.Status, nameShown = b.PersonName, createdAt = b.CreatedAt })
            .ToListAsync(cancellationToken)).OrderBy(b => b.startsAt).ToList();
        var ideas = (await db.Ideas.AsNoTracking().Where(i => i.AuthorId == id)
            .Select(i => new { title = i.Title, text = i.Text, nameShown = i.AuthorName, status = i.Status, createdAt = i.CreatedAt })
            .ToListAsync(cancellationToken)).OrderBy(i => i.createdAt).ToList();
        var supported = await db.IdeaSupports.AsNoTracking().Where(s => s.PersonId == id)
            .Join(db.Ideas, s => s.IdeaId, i => i.Id, (s, i) => new { idea = i.Title, supportedAt = s.CreatedAt })
            .ToListAsync(cancellationToken);
        var comments = (await db.IdeaComments.AsNoTracking().Where(c => c.AuthorId == id)
            .Join(db.Ideas, c => c.IdeaId, i => i.Id, (c, i) => new { idea = i.Title, text = c.Text, nameShown = c.AuthorName, createdAt = c.CreatedAt })
            .ToListAsync(cancellationToken)).OrderBy(c => c.createdAt).ToList();
        // Whether a secret calendar address exists and since when; the address itself is not stored, so it cannot be exported.
        var feedSince = await db.FeedAddresses.AsNoTracking().Where(f => f.PersonId == id).Select(f => (DateTimeOffset?)f.CreatedAt).SingleOrDefaultAsync(cancellationToken);
        var calendarFeed = new { exists = feedSince is not null, createdAt = feedSince };
        // Whether colleagues who take part see the person in „Wer ist heute da?“, and since when they agreed.
        var sharingSince = await db.PresenceSharings.AsNoTracking().Where(p => p.PersonId == id).Select(p => (DateTimeOffset?)p.SharedSince).SingleOrDefaultAsync(cancellationToken);
        var presenceSharing = new { sharing = sharingSince is not null, since = sharingSince };
        // The projects of the progress board they changed last (kept for the administration, never shown publicly).
        var projectsLastChanged = (await db.Projects.AsNoTracking().Where(p => p.UpdatedBy == id)
            .Select(p => new { project = p.Title, changedAt = p.UpdatedAt }).ToListAsync(cancellationToken)).OrderBy(p => p.changedAt).ToList();
        return bookings.Count + ideas.Count + supported.Count + comments.Count + projectsLastChanged.Count == 0 && feedSince is null && sharingSince is null
            ? null
            : new { bookings, ideas, supported, comments, calendarFeed, presenceSharing, projectsLastChanged };
    }
}
