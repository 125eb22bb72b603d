using SmartRegion.ChangeLab.Contracts;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.OpenData.Progress;

/// <summary>
/// Writes the progress board to its dataset when the board changed; the events of one cycle are written once, since
/// each reads the board as it stands.
/// </summary>
internal sealed class PublishProgressBoard(ProgressDataset dataset) : IIntegrationEventBatchHandler<ProgressBoardChanged>
{
    public async Task HandleAsync(IReadOnlyList<ProgressBoardChanged> integrationEvents, CancellationToken cancellationToken) =>
        await dataset.WriteAsync(cancellationToken);
}
