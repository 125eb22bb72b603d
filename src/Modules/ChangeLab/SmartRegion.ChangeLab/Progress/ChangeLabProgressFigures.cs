using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.ChangeLab.Ideas;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Ui.Navigation;

namespace SmartRegion.ChangeLab.Progress;

/// <summary>The Change Lab's own figures on the board: bookings made, ideas put forward and ideas taken up.</summary>
internal sealed class ChangeLabProgressFigures(ChangeLabDb db, IStringLocalizer<ChangeLabText> text) : IProgressFigures
{
    public async Task<IReadOnlyList<KeyFigure>> ReadAsync(CancellationToken cancellationToken) =>
    [
        new KeyFigure(Measures.ChangeLab, "changelab.bookings", text["Progress.Bookings"],
            await db.Bookings.CountAsync(b => b.Status == BookingStatus.Confirmed, cancellationToken)),
        new KeyFigure(Measures.ChangeLab, "changelab.ideas", text["Progress.Ideas"], await db.Ideas.CountAsync(cancellationToken)),
        new KeyFigure(Measures.ChangeLab, "changelab.ideas-accepted", text["Progress.IdeasAccepted"],
            await db.Ideas.CountAsync(i => i.Status == IdeaStatus.Accepted, cancellationToken)),
    ];
}
