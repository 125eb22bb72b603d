namespace SmartRegion.Participation.Verification;

/// <summary>
/// A person verified as a resident of a municipality: by a letter code sent to their address, or in person at the
/// town hall. Keeps the name from the letter or the ID card, so staff at a voting booth can find them.
/// </summary>
internal sealed class VerifiedResident
{
    public const int MaxName = 200;

    private VerifiedResident()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public string MunicipalityAgs { get; private set; } = "";

    /// <summary><c>letter</c> or <c>in-person</c>.</summary>
    public string Method { get; private set; } = "";

    public string Name { get; private set; } = "";

    public DateTimeOffset VerifiedAt { get; private set; }

    public static VerifiedResident Create(Guid personId, string municipalityAgs, string method, string name, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), PersonId = personId, MunicipalityAgs = municipalityAgs, Method = method, Name = name, VerifiedAt = now };
}

/// <summary>How a resident was verified.</summary>
internal static class VerificationMethods
{
    public const string Letter = "letter";
    public const string InPerson = "in-person";
}
