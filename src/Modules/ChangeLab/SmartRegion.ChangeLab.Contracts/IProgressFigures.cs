namespace SmartRegion.ChangeLab.Contracts;

/// <summary>
/// A module's live key figures for the public progress board (<c>/fortschritt</c>), read from the module's own data each
/// time the board is drawn. Register implementations as scoped services; the board shows each figure under its measure.
/// </summary>
public interface IProgressFigures
{
    /// <summary>The figures as they stand now, with their labels in the current language.</summary>
    Task<IReadOnlyList<KeyFigure>> ReadAsync(CancellationToken cancellationToken);
}
