namespace SmartRegion.Ui.Navigation;

/// <summary>The simple pictures of the Leichte Sprache pages (drawn by <c>Pictogram</c>, no image files, nothing from elsewhere).</summary>
public enum PictogramKind
{
    /// <summary>Two hands: help and support.</summary>
    Help,

    /// <summary>A table: open data.</summary>
    Data,

    /// <summary>A person: the account.</summary>
    Account,

    /// <summary>A speech bubble: telling us something.</summary>
    Message,
}
