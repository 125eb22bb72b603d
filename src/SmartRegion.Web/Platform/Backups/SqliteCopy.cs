using Microsoft.Data.Sqlite;

namespace SmartRegion.Web.Platform.Backups;

/// <summary>SQLite through its online backup API: a consistent copy while the platform keeps writing.</summary>
internal sealed class SqliteCopy(string connectionString) : IDatabaseCopy
{
    public string FileName => "database.sqlite";

    public string? LocalFile => new SqliteConnectionStringBuilder(connectionString).DataSource;

    public async Task BackupAsync(string file, CancellationToken cancellationToken)
    {
        await using var source = await OpenAsync(connectionString, cancellationToken);
        await using var target = await OpenAsync(FileConnection(file), cancellationToken);
        source.BackupDatabase(target);
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        if (LocalFile is not { } file || !File.Exists(file))
        {
            return true;
        }

        await using var connection = await OpenAsync(connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0;
    }

    public async Task RestoreAsync(string file, bool replace, CancellationToken cancellationToken)
    {
        // The backup API writes every page of the target through its own connection, so a replaced database (and its
        // write-ahead log) is swapped as a whole: readers see the old or the new database, never a mix.
        var folder = Path.GetDirectoryName(Path.GetFullPath(LocalFile!));
        Directory.CreateDirectory(folder!);
        await using var source = await OpenAsync(FileConnection(file, readOnly: true), cancellationToken);
        await using var target = await OpenAsync(connectionString, cancellationToken);
        source.BackupDatabase(target);
        await using var check = target.CreateCommand();
        check.CommandText = "PRAGMA journal_mode = WAL";
        await check.ExecuteScalarAsync(cancellationToken);
    }

    private static string FileConnection(string file, bool readOnly = false) =>
        new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate }.ToString();

    private static async Task<SqliteConnection> OpenAsync(string connection, CancellationToken cancellationToken)
    {
        var result = new SqliteConnection(new SqliteConnectionStringBuilder(connection) { Pooling = false }.ToString());
        await result.OpenAsync(cancellationToken);
        return result;
    }
}
