using System.Globalization;

namespace SmartRegion.Events.Quotas;

/// <summary>The quota form as the page posts it: a fixed number of rows of text, read into <see cref="SetQuotas.Request"/>; blank rows are left out.</summary>
internal sealed class QuotaForm
{
    public List<RowFields> Rows { get; set; } = [];

    /// <summary>Pads the rows to <see cref="Quota.MaxPerEvent"/> and drops what is beyond, so a tampered post renders.</summary>
    public QuotaForm WithRows()
    {
        Rows ??= [];
        Rows.RemoveAll(r => r is null);
        if (Rows.Count > Quota.MaxPerEvent)
        {
            Rows.RemoveRange(Quota.MaxPerEvent, Rows.Count - Quota.MaxPerEvent);
        }

        while (Rows.Count < Quota.MaxPerEvent)
        {
            Rows.Add(new RowFields());
        }

        return this;
    }

    public static QuotaForm From(IEnumerable<SetQuotas.Item> quotas) =>
        new QuotaForm
        {
            Rows = [.. quotas.Select(q => new RowFields
            {
                Id = q.Id.ToString(), Name = q.Name, NameEn = q.NameEn, Seats = q.Seats.ToString(CultureInfo.InvariantCulture), Eligible = q.Eligible,
            })],
        }.WithRows();

    /// <summary>
    /// The filled rows as the slice's request, keeping each row's place so errors land on its fields; <paramref name="places"/>
    /// gets the form row of each request row.
    /// </summary>
    public SetQuotas.Request ToRequest(List<int> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var rows = new List<SetQuotas.Row>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var r = Rows[i];
            var row = new SetQuotas.Row
            {
                // An id that cannot be read is sent as one that does not exist, so it is named instead of creating a second quota.
                Id = string.IsNullOrWhiteSpace(r.Id) ? null : Guid.TryParse(r.Id, out var id) ? id : Guid.Empty,
                Name = r.Name,
                NameEn = r.NameEn,
                Seats = int.TryParse(r.Seats, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seats) ? seats : null,
                Eligible = r.Eligible,
            };
            // A row emptied of name and seats is left out: a new one is not made, a stored one is removed.
            if (string.IsNullOrWhiteSpace(r.Name) && string.IsNullOrWhiteSpace(r.NameEn) && string.IsNullOrWhiteSpace(r.Seats))
            {
                continue;
            }

            rows.Add(row);
            places.Add(i);
        }

        return new SetQuotas.Request { Quotas = rows };
    }

    internal sealed class RowFields
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? NameEn { get; set; }

        public string? Seats { get; set; }

        public string? Eligible { get; set; }
    }
}
