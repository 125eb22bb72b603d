using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Offers;

namespace SmartRegion.Help.Crisis;

/// <summary>
/// The national hotlines to show first when someone is in acute danger: the nationwide offers of the crisis categories
/// (violence, suicidal thoughts, children in danger), read from the directory so their numbers are kept in one place.
/// </summary>
internal static class ListCrisisHotlines
{
    /// <summary>Category codes whose nationwide offers are crisis hotlines, in the order they are shown.</summary>
    public static readonly IReadOnlyList<string> ViolenceCategories =
        ["gewalt.haeusliche_gewalt", "gewalt.sexualisierte_gewalt", "gewalt.kinderschutz", "psyche.krise"];

    public static readonly IReadOnlyList<string> AllCrisisCategories =
        ["psyche.krise", "gewalt.haeusliche_gewalt", "gewalt.sexualisierte_gewalt", "gewalt.kinderschutz"];

    internal sealed record Hotline(string ServiceId, string Name, IReadOnlyList<GetOffer.PhoneNumber> Phones);

    public static async Task<IReadOnlyList<Hotline>> ExecuteAsync(IReadOnlyList<string> categoryCodes, HelpDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(categoryCodes);
        var codes = categoryCodes.ToList();
        var rows = await (
                from service in db.Services
                where service.IsNationwide && service.Status == "active"
                from attribute in service.Attributes
                join term in db.TaxonomyTerms on attribute.TaxonomyTermId equals term.Id
                where term.Code != null && codes.Contains(term.Code)
                select new { service.Id, service.Name, term.Code })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).Distinct().ToList();
        var phones = await db.Set<Phone>().AsNoTracking().Where(p => p.ServiceId != null && ids.Contains(p.ServiceId))
            .OrderBy(p => p.Position).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.Id)
            .Select(g => new { g.First().Id, g.First().Name, Rank = g.Min(r => codes.IndexOf(r.Code!)) })
            .OrderBy(h => h.Rank).ThenBy(h => h.Name, StringComparer.Ordinal)
            .Select(h => new Hotline(h.Id, h.Name, [.. phones.Where(p => p.ServiceId == h.Id).Select(p => new GetOffer.PhoneNumber(p.Number, p.Description))]))
            .Where(h => h.Phones.Count > 0)];
    }
}
