using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.Help.Resources;
using SmartRegion.Ui.Navigation;

namespace SmartRegion.Help.Offers;

/// <summary>„Wie geht's“ on the progress board: the active offers and those whose provider confirmed them as current.</summary>
internal sealed class HelpProgressFigures(HelpDb db, IStringLocalizer<HelpText> text) : IProgressFigures
{
    public async Task<IReadOnlyList<KeyFigure>> ReadAsync(CancellationToken cancellationToken)
    {
        var active = await db.Services.CountAsync(s => s.Status == "active", cancellationToken);
        var confirmed = await db.Services.CountAsync(s => s.Status == "active" && s.AssuredDate != null, cancellationToken);
        return
        [
            new KeyFigure(Measures.WieGehts, "help.offers-active", text["Progress.OffersActive"], active),
            new KeyFigure(Measures.WieGehts, "help.offers-confirmed", text["Progress.OffersConfirmed"], confirmed),
        ];
    }
}
