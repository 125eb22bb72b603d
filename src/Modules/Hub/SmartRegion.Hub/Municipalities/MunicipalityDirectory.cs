using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.Municipalities;

namespace SmartRegion.Hub.Municipalities;

/// <summary>The Hub's answer to other modules asking for municipalities.</summary>
internal sealed class MunicipalityDirectory(HubDb db) : IMunicipalityDirectory
{
    public async Task<IReadOnlyList<MunicipalitySummary>> ListAsync(CancellationToken cancellationToken) =>
        await ListMunicipalities.ExecuteAsync(db, cancellationToken);

    public Task<MunicipalitySummary?> FindAsync(string ags, CancellationToken cancellationToken) =>
        GetMunicipality.ExecuteAsync(ags, db, cancellationToken);
}
