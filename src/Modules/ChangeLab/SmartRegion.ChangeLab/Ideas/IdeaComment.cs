namespace SmartRegion.ChangeLab.Ideas;

/// <summary>A colleague's comment on an idea.</summary>
internal sealed class IdeaComment
{
    public const int MaxText = 2000;

    private IdeaComment()
    {
    }

    public Guid Id { get; private set; }

    public Guid IdeaId { get; private set; }

    public Guid AuthorId { get; private set; }

    public string AuthorName { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static IdeaComment Create(Guid idea, Guid author, string authorName, string text, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        IdeaId = idea,
        AuthorId = author,
        AuthorName = authorName.Length > Idea.MaxName ? authorName[..Idea.MaxName] : authorName,
        Text = text,
        CreatedAt = now,
    };

    public void ForgetAuthor()
    {
        AuthorId = Guid.Empty;
        AuthorName = "";
    }
}
