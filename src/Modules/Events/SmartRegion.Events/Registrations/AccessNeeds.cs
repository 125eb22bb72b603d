namespace SmartRegion.Events.Registrations;

/// <summary>What a person needs to take part, so the organiser can prepare it.</summary>
internal static class AccessNeeds
{
    public const string SignLanguage = "sign-language";
    public const string StepFree = "step-free";
    public const string EasyLanguage = "easy-language";

    public static readonly IReadOnlyList<string> All = [SignLanguage, StepFree, EasyLanguage];
}
