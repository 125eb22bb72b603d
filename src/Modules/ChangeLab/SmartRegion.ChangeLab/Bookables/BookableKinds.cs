namespace SmartRegion.ChangeLab.Bookables;

/// <summary>What can be booked in the co-working space.</summary>
internal static class BookableKinds
{
    public const string Room = "room";
    public const string Desk = "desk";
    public const string Equipment = "equipment";

    public static IReadOnlyList<string> All { get; } = [Room, Desk, Equipment];
}
