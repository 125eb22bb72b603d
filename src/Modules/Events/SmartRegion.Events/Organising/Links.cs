namespace SmartRegion.Events.Organising;

/// <summary>The addresses of the organiser pages.</summary>
internal static class Links
{
    public const string List = "/veranstaltungen/organisieren";

    public const string New = List + "/neu";

    public static string Edit(Guid id) => $"{List}/{id}";

    public static string Registrations(Guid id) => $"{List}/{id}/anmeldungen";
}
