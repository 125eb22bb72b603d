namespace SmartRegion.Help.Revisions;

/// <summary>Where a proposed change of an offer stands.</summary>
internal enum RevisionStatus
{
    /// <summary>Waits for staff; the live offer is unchanged.</summary>
    Pending,

    /// <summary>Applied to the live offer.</summary>
    Approved,

    /// <summary>Turned down, with a reason.</summary>
    Rejected,

    /// <summary>Replaced by a later proposal for the same offer before anyone reviewed it.</summary>
    Superseded,
}
