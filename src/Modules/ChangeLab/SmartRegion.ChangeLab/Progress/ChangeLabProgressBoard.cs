using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.ChangeLab.Resources;

namespace SmartRegion.ChangeLab.Progress;

/// <summary>The board of <see cref="ReadProgress"/> for other modules, in the neutral shape of the contracts.</summary>
internal sealed class ChangeLabProgressBoard(
    ChangeLabDb db, IEnumerable<IProgressFigures> sources, IStringLocalizer<ChangeLabText> text, ILogger<ChangeLabProgressBoard> logger) : IProgressBoard
{
    public async Task<ProgressBoard> ReadAsync(CancellationToken cancellationToken)
    {
        var board = await ReadProgress.ExecuteAsync(db, sources, text, logger, cancellationToken);
        return new ProgressBoard([.. board.Measures.Select(m => new ProgressMeasure(m.Id, m.Name, m.Figures,
            [.. m.Projects.Select(p => new ProgressProject(p.Id, p.Title, p.Summary, p.Status, p.NextSteps,
                [.. p.Milestones.Select(s => new ProgressMilestone(s.Title, s.DueOn, s.DoneOn))], p.IsDemo))]))]);
    }
}
