namespace SmartRegion.Ui.Components;

/// <summary>Naming shared by the form components and the error summary, so summary links land on their field.</summary>
public static class FormField
{
    /// <summary>The element id for a model field name: <c>ContactEmail</c> becomes <c>feld-contact-email</c>.</summary>
    public static string IdFor(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var builder = new System.Text.StringBuilder("feld-");
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return builder.ToString();
    }
}
