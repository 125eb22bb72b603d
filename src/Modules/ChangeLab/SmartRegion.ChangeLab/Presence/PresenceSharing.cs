namespace SmartRegion.ChangeLab.Presence;

/// <summary>
/// A member of staff agreed that colleagues who agreed as well see when they are in the Change Lab today. One row per
/// person, kept with the moment of the consent; withdrawing the consent deletes the row, so nothing is shown from then on.
/// </summary>
internal sealed class PresenceSharing
{
    private PresenceSharing()
    {
    }

    public Guid PersonId { get; private set; }

    /// <summary>When the person agreed.</summary>
    public DateTimeOffset SharedSince { get; private set; }

    public static PresenceSharing Create(Guid person, DateTimeOffset now) => new() { PersonId = person, SharedSince = now };
}
