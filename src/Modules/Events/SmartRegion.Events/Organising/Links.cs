namespace SmartRegion.Events.Organising;

/// <summary>The addresses of the organiser pages.</summary>
internal static class Links
{
    public const string List = "/veranstaltungen/organisieren";

    public const string New = List + "/neu";

    public static string Edit(Guid id) => $"{List}/{id}";

    public static string Outcome(Guid id) => $"{List}/{id}/ergebnisse";

    public static string Quotas(Guid id) => $"{List}/{id}/kontingente";

    public static string Allocation(Guid id) => $"{List}/{id}/vergabe";

    /// <summary>The dates of an event: move, add, cancel one.</summary>
    public static string Dates(Guid id) => $"{List}/{id}/termine";

    public static string MoveDate(Guid id, Guid dateId) => $"{List}/{id}/termine/{dateId}";

    public static string CancelDate(Guid id, Guid dateId) => $"{List}/{id}/termine/{dateId}/absagen";

    public static string Registrations(Guid id) => $"{List}/{id}/anmeldungen";

    /// <summary>The door list of an event's date (without a date: its next one).</summary>
    public static string CheckIn(Guid id, Guid? dateId = null) => dateId is { } date ? $"{List}/{id}/einlass?termin={date}" : $"{List}/{id}/einlass";

    /// <summary>Where a registration's QR code leads: the organiser confirms the check-in there.</summary>
    public static string CheckInCode(string code) => $"{List}/einlass/{code}";
}
