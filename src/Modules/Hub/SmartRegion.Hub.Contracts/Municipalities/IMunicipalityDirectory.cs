namespace SmartRegion.Hub.Contracts.Municipalities;

/// <summary>Reads the region's municipalities; implemented by the Hub.</summary>
public interface IMunicipalityDirectory
{
    /// <summary>All municipalities, the city first, then by name.</summary>
    Task<IReadOnlyList<MunicipalitySummary>> ListAsync(CancellationToken cancellationToken);

    /// <summary>One municipality by AGS, or null.</summary>
    Task<MunicipalitySummary?> FindAsync(string ags, CancellationToken cancellationToken);
}
