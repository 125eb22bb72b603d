using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Municipalities;

namespace SmartRegion.Hub.Roles;

/// <summary>Choices the role pages offer: the municipalities the person administers, by name.</summary>
internal static class RoleForms
{
    public static async Task<IReadOnlyList<(string Ags, string Name)>> MunicipalitiesAsync(RoleScope scope, HubDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var query = db.Set<Municipality>().AsNoTracking();
        if (scope.AdministeredMunicipalities is { } mine)
        {
            query = query.Where(m => mine.Contains(m.Ags));
        }

        var rows = await query.OrderBy(m => m.Name).Select(m => new { m.Ags, m.Name }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Ags, r.Name))];
    }
}
