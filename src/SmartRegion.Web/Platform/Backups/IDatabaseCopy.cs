namespace SmartRegion.Web.Platform.Backups;

/// <summary>How one provider copies the platform's database into a backup file and back.</summary>
internal interface IDatabaseCopy
{
    /// <summary>The file name of the copy inside a backup folder.</summary>
    string FileName { get; }

    /// <summary>The database file when it lies in the data folder (SQLite), so the data files leave it out.</summary>
    string? LocalFile { get; }

    Task BackupAsync(string file, CancellationToken cancellationToken);

    /// <summary>Whether the database holds no table yet (a fresh database).</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken);

    /// <summary>Puts the copy in place; <paramref name="replace"/> drops what the database holds first.</summary>
    Task RestoreAsync(string file, bool replace, CancellationToken cancellationToken);
}
