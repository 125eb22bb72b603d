using SmartRegion.Kernel.Seeding;

namespace SmartRegion.OpenData.Progress;

/// <summary>Makes the progress board's dataset at the first start, so a fresh installation has it before the board changes.</summary>
internal sealed class ProgressDatasetSeeder(ProgressDataset dataset) : ISeeder
{
    public bool IsDemo => false;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await dataset.ExistsAsync(cancellationToken))
        {
            await dataset.WriteAsync(cancellationToken);
        }
    }
}
