namespace SmartRegion.Kernel.Web;

/// <summary>Checks on free text people type into forms.</summary>
public static class TextInput
{
    /// <summary>True when the text holds control characters (binary junk); tabs and, if allowed, line breaks are fine.</summary>
    public static bool HasControlCharacters(string? value, bool allowLineBreaks = false) =>
        value is not null && value.Any(c => char.IsControl(c) && c != '\t' && !(allowLineBreaks && c is '\r' or '\n'));
}
