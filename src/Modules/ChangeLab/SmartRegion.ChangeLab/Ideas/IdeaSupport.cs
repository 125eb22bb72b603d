namespace SmartRegion.ChangeLab.Ideas;

/// <summary>One person's support of an idea; the key (idea, person) keeps it to one each.</summary>
internal sealed record IdeaSupport(Guid IdeaId, Guid PersonId, DateTimeOffset CreatedAt);
