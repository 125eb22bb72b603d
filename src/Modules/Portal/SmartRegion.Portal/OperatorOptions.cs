namespace SmartRegion.Portal;

/// <summary>Who runs this installation (<c>Modules:Portal:Operator</c>); shown in the legal notice and statements.</summary>
internal sealed class OperatorOptions
{
    public string Name { get; set; } = "Landratsamt Würzburg";

    public string Street { get; set; } = "Zeppelinstraße 15";

    public string PostalCode { get; set; } = "97074";

    public string City { get; set; } = "Würzburg";

    public string? Representative { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? DataProtectionOfficer { get; set; }

    public string? AccessibilityContactEmail { get; set; }
}
