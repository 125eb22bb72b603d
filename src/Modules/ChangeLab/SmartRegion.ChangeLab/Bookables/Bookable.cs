namespace SmartRegion.ChangeLab.Bookables;

/// <summary>
/// A room, desk or piece of equipment of the co-working space. Rooms and desks have a place on the floor plan (in plan
/// units, 0–1000 wide, 0–600 high); equipment has none. Special rooms need an approver's yes before a booking holds.
/// </summary>
internal sealed class Bookable
{
    public const int MaxName = 120;
    public const int MaxDescription = 1000;
    public const int MaxSlug = 80;

    private Bookable()
    {
    }

    public Guid Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Kind { get; private set; } = BookableKinds.Desk;

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>Seats in a room; null for desks and equipment.</summary>
    public int? Capacity { get; private set; }

    public bool NeedsApproval { get; private set; }

    /// <summary>The municipality whose administrators approve and manage the resource.</summary>
    public string MunicipalityAgs { get; private set; } = "";

    public PlanPlace? Place { get; private set; }

    public bool IsDemo { get; private set; }

    public static Bookable Create(string slug, string kind, string name, string description, int? capacity, bool needsApproval, string municipalityAgs, PlanPlace? place, bool isDemo) =>
        new()
        {
            Id = Guid.NewGuid(),
            Slug = slug,
            Kind = kind,
            Name = name,
            Description = description,
            Capacity = capacity,
            NeedsApproval = needsApproval,
            MunicipalityAgs = municipalityAgs,
            Place = place,
            IsDemo = isDemo,
        };
}

/// <summary>Where a room or desk sits on the floor plan, in plan units.</summary>
internal sealed record PlanPlace(int X, int Y, int Width, int Height);
