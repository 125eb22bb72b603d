namespace SmartRegion.ChangeLab.Contracts;

/// <summary>
/// The public progress board (<c>/fortschritt</c>) for other modules, e.g. to publish it as open data: every measure with
/// its key figures and projects as they stand now, texts in the current language. Registered as a scoped service.
/// </summary>
public interface IProgressBoard
{
    /// <summary>The board as it stands now.</summary>
    Task<ProgressBoard> ReadAsync(CancellationToken cancellationToken);
}

/// <summary>The progress board: the measures of the smart region in their fixed order.</summary>
/// <param name="Measures">Every measure, also those without projects.</param>
public sealed record ProgressBoard(IReadOnlyList<ProgressMeasure> Measures);

/// <summary>One measure of the smart region on the board.</summary>
/// <param name="Id">Stable name, one of <c>SmartRegion.Ui.Navigation.Measures.All</c>.</param>
/// <param name="Name">The measure's name in the current language.</param>
/// <param name="Figures">Its live key figures.</param>
/// <param name="Projects">Its projects, oldest first.</param>
public sealed record ProgressMeasure(string Id, string Name, IReadOnlyList<KeyFigure> Figures, IReadOnlyList<ProgressProject> Projects);

/// <summary>A project of a measure.</summary>
/// <param name="Id">The project.</param>
/// <param name="Title">Its title.</param>
/// <param name="Summary">What it is about.</param>
/// <param name="Status">Where it stands: <c>planned</c>, <c>running</c> or <c>done</c>.</param>
/// <param name="NextSteps">What comes next.</param>
/// <param name="Milestones">Its milestones in their order.</param>
/// <param name="IsDemo">True for demo content of a trial installation.</param>
public sealed record ProgressProject(
    Guid Id, string Title, string Summary, string Status, string NextSteps, IReadOnlyList<ProgressMilestone> Milestones, bool IsDemo);

/// <summary>A milestone of a project.</summary>
/// <param name="Title">What is reached.</param>
/// <param name="DueOn">The day it is due.</param>
/// <param name="DoneOn">The day it was reached; null while open.</param>
public sealed record ProgressMilestone(string Title, DateOnly DueOn, DateOnly? DoneOn);
