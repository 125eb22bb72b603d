namespace SmartRegion.ChangeLab.Ideas;

/// <summary>States of an idea.</summary>
internal static class IdeaStatus
{
    public const string Submitted = "submitted";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
}

