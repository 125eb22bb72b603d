namespace SmartRegion.Help.Tests.Pages;

/// <summary>Offers of the demo data the page tests look at (HSDS service ids of Hsds/Seed/offers.json).</summary>
internal static class DemoOffers
{
    /// <summary>Schuldner- und Insolvenzberatung: Würzburg Mo–Do 9–12 and Di 14–17, Ochsenfurt Mi, Höchberg 2nd/4th Thursday.</summary>
    public const string DebtAdvice = "f4cfd722-8410-437c-854a-2c1815ca2ff4";

    /// <summary>Unabhängige Teilhabeberatung: German, Leichte Sprache, Gebärdensprache, English.</summary>
    public const string Participation = "2afc35d5-c3b7-4b97-952e-84b3bd5cc09e";

    /// <summary>TelefonSeelsorge: nationwide, free, around the clock.</summary>
    public const string TelefonSeelsorge = "cb8a8136-8a1d-433f-99c4-cc84a7556a0c";
}
