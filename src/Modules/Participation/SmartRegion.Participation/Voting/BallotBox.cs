using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using SmartRegion.Kernel.Problems;
using SmartRegion.Participation.Processes;
using SmartRegion.Participation.Resources;
using SmartRegion.Participation.Verification;
using SmartRegion.Kernel.Time;

namespace SmartRegion.Participation.Voting;

/// <summary>
/// Casts a ballot for a verified person, whatever the channel. The voter row and the ballot are written in one
/// transaction, so either both count or neither; the database's unique key on (process, person) refuses a second vote
/// from any channel, even when both arrive at the same moment on different nodes.
/// </summary>
internal static class BallotBox
{
    internal sealed record Receipt(string Code);

    public static async Task<Outcome<Receipt>> CastAsync(
        Guid processId, Guid person, string channel, IReadOnlyCollection<Guid> chosen, ParticipationDb db, TimeProvider time,
        IStringLocalizer<ParticipationText> text, CancellationToken cancellationToken)
    {
        var process = await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == processId, cancellationToken);
        if (process is null)
        {
            return Outcome<Receipt>.NotFound(text["Process.NotFound"]);
        }

        var now = time.GetUtcNow();
        if (process.Budget is null || process.VotePhase?.IsOpenAt(now) != true)
        {
            return Outcome<Receipt>.Conflict(text["Ballot.Closed"]);
        }

        if (!await IsEntitledAsync(db, process.MunicipalityAgs, person, cancellationToken))
        {
            return Outcome<Receipt>.Forbidden(text["Ballot.NotVerified"]);
        }

        var projects = await db.Projects.AsNoTracking().Where(p => p.ProcessId == processId).OrderBy(p => p.Position)
            .Select(p => new BallotRules.Choice(p.Id, p.Title, p.Cost)).ToListAsync(cancellationToken);
        var errors = BallotRules.Check(process.Budget, process.VotingMethod, projects, chosen, text);
        if (!errors.IsEmpty)
        {
            return Outcome<Receipt>.Invalid(errors);
        }

        if (await db.Voters.AnyAsync(v => v.ProcessId == processId && v.PersonId == person, cancellationToken))
        {
            return Outcome<Receipt>.Conflict(text["Ballot.AlreadyVoted"]);
        }

        var code = ReceiptCode.New();
        db.Voters.Add(Voter.Create(processId, person, channel, BerlinDay.Of(now)));
        db.Ballots.Add(Ballot.Create(processId, ReceiptCode.Hash(code), chosen.Distinct()));
        try
        {
            // One SaveChanges is one transaction: the voter and the ballot land together or not at all.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return Outcome<Receipt>.Conflict(text["Ballot.AlreadyVoted"]);
        }

        return Outcome<Receipt>.Ok(new Receipt(code));
    }

    /// <summary>Verified in the process's municipality; for a process of the whole region, in any of them.</summary>
    public static Task<bool> IsEntitledAsync(ParticipationDb db, string? municipalityAgs, Guid person, CancellationToken cancellationToken) =>
        db.VerifiedResidents.AnyAsync(r => r.PersonId == person && (municipalityAgs == null || r.MunicipalityAgs == municipalityAgs), cancellationToken);

    /// <summary>True when the database refused a row because its unique key is taken.</summary>
    internal static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException { SqliteErrorCode: 19 } => true, // SQLITE_CONSTRAINT
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        _ => false,
    };
}
