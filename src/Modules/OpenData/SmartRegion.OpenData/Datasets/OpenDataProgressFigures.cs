using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.OpenData.Resources;
using SmartRegion.Ui.Navigation;

namespace SmartRegion.OpenData.Datasets;

/// <summary>The open data catalogue on the progress board: published datasets and their files.</summary>
internal sealed class OpenDataProgressFigures(OpenDataDb db, IStringLocalizer<OpenDataText> text) : IProgressFigures
{
    public async Task<IReadOnlyList<KeyFigure>> ReadAsync(CancellationToken cancellationToken)
    {
        var published = await db.Datasets.CountAsync(d => d.Status == DatasetStatus.Published, cancellationToken);
        return [new KeyFigure(Measures.SmartCityHub, "opendata.datasets-published", text["Progress.DatasetsPublished"], published)];
    }
}
