namespace SmartRegion.ChangeLab.Progress;

/// <summary>A step of a project with the day it is due and, once reached, the day it was done.</summary>
internal sealed class Milestone
{
    public const int MaxTitle = 200;

    private Milestone()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    public int Position { get; private set; }

    /// <summary>Counts the changes of the milestone; a form sends the version it was opened with (see <see cref="Project.Version"/>).</summary>
    public int Version { get; private set; } = 1;

    public static Milestone Create(Guid project, string title, DateOnly dueOn, DateOnly? doneOn, int position) => new()
    {
        Id = Guid.NewGuid(),
        ProjectId = project,
        Title = title,
        DueOn = dueOn,
        DoneOn = doneOn,
        Position = position,
    };

    public void Change(string title, DateOnly dueOn, DateOnly? doneOn)
    {
        Title = title;
        DueOn = dueOn;
        DoneOn = doneOn;
        Version++;
    }
}
