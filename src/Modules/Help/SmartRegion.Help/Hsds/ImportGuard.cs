using Microsoft.Extensions.Localization;
using SmartRegion.Help.Resources;
using SmartRegion.Help.Revisions;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Help.Hsds;

/// <summary>
/// Who imports and what they may touch. A municipality admin changes only offers offered in their own municipalities
/// (before and after the change); district-wide, nationwide and unplaced offers belong to region admins. A change of
/// a crisis offer is never applied by an import at all: it waits for review by a region admin (see
/// <see cref="HsdsImport"/>), since its phone numbers are shown to people in acute danger.
/// </summary>
internal sealed class ImportGuard(ICurrentPerson person, IAuditLog audit, IStringLocalizer<HsdsText> text)
{
    public ICurrentPerson Person { get; } = person;

    public IAuditLog Audit { get; } = audit;

    public IStringLocalizer<HsdsText> Text { get; } = text;

    /// <summary>The municipalities the importer administers; null for region admins (all of them).</summary>
    public IReadOnlyList<string>? Municipalities { get; } = person.MunicipalitiesFor(HubRoles.MunicipalityAdmin);

    /// <summary>True when the importer may change an offer in this state; a state of null (a new offer) needs no one's leave.</summary>
    public bool Covers(OfferState? state, IReadOnlyList<MunicipalitySummary> all)
    {
        if (state is null || Municipalities is null)
        {
            return true;
        }

        return !state.Nationwide && state.Ags.Count > 0
            && !ReviewScope.CoversWholeDistrict(state.Ags, all)
            && state.Ags.All(ags => Municipalities.Contains(ags, StringComparer.Ordinal));
    }

    /// <summary>The one municipality the import belongs to, for the audit log; null for region admins or several.</summary>
    public string? AuditMunicipality => Municipalities is [var only] ? only : null;
}
