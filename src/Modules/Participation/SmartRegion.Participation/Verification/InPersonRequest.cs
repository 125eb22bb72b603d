namespace SmartRegion.Participation.Verification;

/// <summary>
/// A short code a signed-in person shows at the town hall; staff enter it with the name on the ID card, so the
/// verification lands on the right account without staff ever searching the accounts.
/// </summary>
internal sealed class InPersonRequest
{
    private InPersonRequest()
    {
    }

    public Guid PersonId { get; private set; }

    public string Code { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static InPersonRequest Create(Guid personId, string code, DateTimeOffset now) => new() { PersonId = personId, Code = code, CreatedAt = now };
}
