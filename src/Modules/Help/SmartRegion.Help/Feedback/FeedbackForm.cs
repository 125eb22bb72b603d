namespace SmartRegion.Help.Feedback;

/// <summary>The feedback form's fields: one checkbox per reason (plain HTML checkboxes bind to booleans without script).</summary>
internal sealed class FeedbackForm
{
    public bool Phone { get; set; }

    public bool Address { get; set; }

    public bool Hours { get; set; }

    public bool Costs { get; set; }

    public bool Description { get; set; }

    public bool Ended { get; set; }

    public bool Other { get; set; }

    public string? Comment { get; set; }

    public string? ContactEmail { get; set; }

    public bool IsChecked(string reason) => reason switch
    {
        FeedbackReasons.Phone => Phone,
        FeedbackReasons.Address => Address,
        FeedbackReasons.Hours => Hours,
        FeedbackReasons.Costs => Costs,
        FeedbackReasons.Description => Description,
        FeedbackReasons.Ended => Ended,
        _ => Other,
    };

    public ReportOutdatedOffer.Request ToRequest() =>
        new([.. FeedbackReasons.All.Where(IsChecked)], Comment, ContactEmail);

    /// <summary>The form field name of a reason's checkbox, e.g. <c>Model.Phone</c>.</summary>
    public static string FieldName(string reason) => "Model." + char.ToUpperInvariant(reason[0]) + reason[1..];
}
