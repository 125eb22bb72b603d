namespace SmartRegion.Participation.Verification;

/// <summary>
/// A one-time code printed on a letter to one resident. Only its hash is kept; the code is shown once, on the
/// printable list staff make the letters from. Entering it verifies the signed-in person for the municipality.
/// </summary>
internal sealed class LetterCode
{
    public const int MaxAddress = 300;

    private LetterCode()
    {
    }

    public Guid Id { get; private set; }

    public string MunicipalityAgs { get; private set; } = "";

    public string CodeHash { get; private set; } = "";

    public string RecipientName { get; private set; } = "";

    public string RecipientAddress { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RedeemedAt { get; private set; }

    public Guid? RedeemedBy { get; private set; }

    public static LetterCode Create(string municipalityAgs, string codeHash, string name, string address, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), MunicipalityAgs = municipalityAgs, CodeHash = codeHash, RecipientName = name, RecipientAddress = address, CreatedAt = now };

    public void Redeem(Guid person, DateTimeOffset now)
    {
        RedeemedAt = now;
        RedeemedBy = person;
    }
}
