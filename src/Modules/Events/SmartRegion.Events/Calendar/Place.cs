namespace SmartRegion.Events.Calendar;

/// <summary>A venue of a municipality with what people with disabilities need to know before they come.</summary>
internal sealed class Place
{
    public const int MaxName = 200;

    private Place()
    {
    }

    public Guid Id { get; private set; }

    public string MunicipalityAgs { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Address { get; private set; } = "";

    public bool StepFree { get; private set; }

    public bool AccessibleToilet { get; private set; }

    public bool HearingLoop { get; private set; }

    public string? AccessibilityNote { get; private set; }

    public bool IsDemo { get; private set; }

    public static Place Create(string municipalityAgs, string name, string address, bool stepFree, bool accessibleToilet, bool hearingLoop, string? note, bool isDemo) =>
        new()
        {
            Id = Guid.NewGuid(), MunicipalityAgs = municipalityAgs, Name = name, Address = address, StepFree = stepFree,
            AccessibleToilet = accessibleToilet, HearingLoop = hearingLoop, AccessibilityNote = note, IsDemo = isDemo,
        };
}
