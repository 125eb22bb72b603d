using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Organisations;

/// <summary>Loads an organisation for the current person: 404 when there is none, 403 unless they belong (or own it).</summary>
internal static class OrganisationAccess
{
    public static async Task<Outcome<Organisation>> LoadAsync(
        Guid id, ICurrentPerson person, bool ownerOnly, HubDb db, IStringLocalizer<OrganisationText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var organisation = await db.Set<Organisation>().Include(o => o.Members).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return Outcome<Organisation>.NotFound(text["Organisation.NotFound"]);
        }

        var me = person.Id?.Value;
        if (me is null || !organisation.IsMember(me.Value))
        {
            return Outcome<Organisation>.Forbidden(text["Organisation.NotMember"]);
        }

        return ownerOnly && organisation.OwnerId != me
            ? Outcome<Organisation>.Forbidden(text["Organisation.NotOwner"])
            : Outcome<Organisation>.Ok(organisation);
    }

    public static Outcome<T> Fail<T>(Outcome<Organisation> failed)
    {
        ArgumentNullException.ThrowIfNull(failed);
        return failed.Kind == OutcomeKind.NotFound ? Outcome<T>.NotFound(failed.Message!) : Outcome<T>.Forbidden(failed.Message!);
    }
}
