using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRegion.Hub.Contracts.Municipalities;

namespace SmartRegion.Hub.Municipalities;

/// <summary>A municipality of the region: the tenant every module scopes its content and staff to.</summary>
internal sealed class Municipality
{
    private Municipality()
    {
    }

    public string Ags { get; private set; } = "";

    public string Name { get; private set; } = "";

    public MunicipalityType Type { get; private set; }

    public string? Verwaltungsgemeinschaft { get; private set; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public int Population { get; private set; }

    public static Municipality Create(string ags, string name, MunicipalityType type, string? vg, double lat, double lon, int population)
    {
        if (!Contracts.Municipalities.Ags.IsWellFormed(ags))
        {
            throw new ArgumentException($"'{ags}' is not an 8-digit AGS.", nameof(ags));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        if (lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            throw new ArgumentOutOfRangeException(nameof(lat), "Coordinates out of range.");
        }

        return new Municipality
        {
            Ags = ags,
            Name = name.Trim(),
            Type = type,
            Verwaltungsgemeinschaft = string.IsNullOrWhiteSpace(vg) ? null : vg.Trim(),
            Latitude = lat,
            Longitude = lon,
            Population = population,
        };
    }

    /// <summary>Takes over newer reference figures for an existing municipality.</summary>
    public void UpdateFrom(Municipality source)
    {
        Name = source.Name;
        Type = source.Type;
        Verwaltungsgemeinschaft = source.Verwaltungsgemeinschaft;
        Latitude = source.Latitude;
        Longitude = source.Longitude;
        Population = source.Population;
    }

    public MunicipalitySummary ToSummary() =>
        new(Ags, Name, Type.ToDisplay(), Verwaltungsgemeinschaft, Latitude, Longitude, Population);

    internal sealed class Configuration : IEntityTypeConfiguration<Municipality>
    {
        public void Configure(EntityTypeBuilder<Municipality> builder)
        {
            builder.ToTable("hub_municipalities");
            builder.HasKey(m => m.Ags);
            builder.Property(m => m.Ags).HasMaxLength(8).IsFixedLength();
            builder.Property(m => m.Name).HasMaxLength(100);
            builder.Property(m => m.Type).HasConversion<string>().HasMaxLength(20);
            builder.Property(m => m.Verwaltungsgemeinschaft).HasMaxLength(100);
            builder.HasIndex(m => m.Name);
        }
    }
}
