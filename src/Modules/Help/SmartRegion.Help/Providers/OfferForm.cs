namespace SmartRegion.Help.Providers;

/// <summary>
/// The main fields of an offer as a provider edits them, on the page and in the API alike. Everything HSDS holds
/// beyond these (further phones, other locations, monthly schedules …) is kept as it is.
/// </summary>
internal sealed class OfferForm
{
    public const int Rows = 3;

    public static readonly string[] CostOptions = ["kostenlos", "Kostenbeitrag", "Kostenbeitrag nach Einkommen", "Abrechnung über Kranken- oder Pflegekasse", "Spende erbeten"];

    public static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>For a new offer: the HSDS organization (provider) it belongs to.</summary>
    public string? OrganizationId { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Eligibility { get; set; }

    public string? MinimumAge { get; set; }

    public string? MaximumAge { get; set; }

    public string? Fees { get; set; }

    public string? CostOption { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public string? Category { get; set; }

    public string? SecondCategory { get; set; }

    /// <summary>Language codes, comma-separated (<c>de, en, tr</c>).</summary>
    public string? Languages { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    /// <summary>The AGS of the municipality the location is in.</summary>
    public string? Municipality { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    /// <summary>Weekly opening hours: up to three rows of days with one time range each.</summary>
    public List<HoursRow> Hours { get; set; } = [];

    /// <summary>Free text such as „Termine nach Vereinbarung“.</summary>
    public string? ByAppointment { get; set; }

    /// <summary>What the author says about the change, for the reviewer.</summary>
    public string? Comment { get; set; }

    /// <summary>Pads <see cref="Hours"/> to the rows the form shows.</summary>
    public OfferForm WithRows()
    {
        // A post whose rows cannot be read (a day that is not a tick, rows out of order) leaves the list empty or holed;
        // the form then shows empty rows instead of failing.
        Hours ??= [];
        Hours.RemoveAll(row => row is null);
        while (Hours.Count < Rows)
        {
            Hours.Add(new HoursRow());
        }

        return this;
    }

    internal sealed class HoursRow
    {
        public bool Mo { get; set; }

        public bool Tu { get; set; }

        public bool We { get; set; }

        public bool Th { get; set; }

        public bool Fr { get; set; }

        public bool Sa { get; set; }

        public bool Su { get; set; }

        public string? Opens { get; set; }

        public string? Closes { get; set; }

        public bool[] Checked => [Mo, Tu, We, Th, Fr, Sa, Su];

        public bool IsEmpty => !Checked.Any(d => d) && string.IsNullOrWhiteSpace(Opens) && string.IsNullOrWhiteSpace(Closes);

        public string ByDay => string.Join(',', Days.Where((_, i) => Checked[i]));

        public static HoursRow From(string byday, string? opens, string? closes)
        {
            var days = byday.Split(',');
            return new HoursRow
            {
                Mo = days.Contains("MO"), Tu = days.Contains("TU"), We = days.Contains("WE"), Th = days.Contains("TH"),
                Fr = days.Contains("FR"), Sa = days.Contains("SA"), Su = days.Contains("SU"), Opens = opens, Closes = closes,
            };
        }
    }
}
