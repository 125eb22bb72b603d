namespace SmartRegion.Web.Platform.Backups;

/// <summary>
/// A backup or restore that cannot go on; the message is the one line the operator reads. <paramref name="wholeLine"/>:
/// the message is already the whole line (a restore that failed after it changed something says so itself).
/// </summary>
internal sealed class BackupException(string message, bool wholeLine = false) : Exception(message)
{
    public bool WholeLine { get; } = wholeLine;
}
