using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.Participation.Resources;
using SmartRegion.Ui.Navigation;

namespace SmartRegion.Participation.Processes;

/// <summary>„Mach mit“ on the progress board: participation processes, proposals and votes cast.</summary>
internal sealed class ParticipationProgressFigures(ParticipationDb db, IStringLocalizer<ParticipationText> text) : IProgressFigures
{
    public async Task<IReadOnlyList<KeyFigure>> ReadAsync(CancellationToken cancellationToken) =>
    [
        new KeyFigure(Measures.MachMit, "participation.processes", text["Progress.Processes"], await db.Processes.CountAsync(cancellationToken)),
        new KeyFigure(Measures.MachMit, "participation.proposals", text["Progress.Proposals"], await db.Proposals.CountAsync(p => p.HiddenAt == null, cancellationToken)),
        new KeyFigure(Measures.MachMit, "participation.votes", text["Progress.Votes"], await db.Voters.CountAsync(cancellationToken)),
    ];
}
