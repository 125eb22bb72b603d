namespace SmartRegion.Platform.Tests.Operations;

/// <summary>
/// The host binary's <c>backup</c> and <c>restore</c> commands as operators run them, on the suite's database (SQLite, or
/// PostgreSQL through <c>pg_dump</c>/<c>pg_restore</c> when the test script provides a server).
/// </summary>
public sealed class BackupRestoreTests(BackupFixture fixture) : IClassFixture<BackupFixture>
{
    private Installation Source => fixture.Source;

    private string Backup => fixture.Backup;

    [Fact]
    public async Task a_backup_restored_into_a_fresh_installation_has_every_table_row_and_file()
    {
        var fresh = await fixture.NewAsync("fresh");

        var (exitCode, output) = await fresh.RunAsync("restore", Backup);

        Assert.True(exitCode == 0, output);
        Assert.Contains("restored", output, StringComparison.Ordinal);
        var expected = await Source.TablesAsync();
        Assert.Contains(expected, t => t.Key.Contains("hub_municipalities", StringComparison.Ordinal) && !t.Value.StartsWith("0 ", StringComparison.Ordinal));
        Assert.Equal(expected, await fresh.TablesAsync());
        var files = DataFolderFiles.Read(Source.DataPath);
        Assert.Contains(files.Keys, f => f.StartsWith(Path.Combine("opendata", "files"), StringComparison.Ordinal));
        Assert.Equal(files, DataFolderFiles.Read(fresh.DataPath));
        var verified = await fresh.RunAsync("audit-verify");
        Assert.True(verified.ExitCode == 0, verified.Output);
    }

    [Fact]
    public async Task a_damaged_backup_is_refused_with_a_clear_message_and_changes_nothing()
    {
        var fresh = await fixture.NewAsync("fresh");
        var backup = fixture.CopyOfBackup();
        var file = Directory.EnumerateFiles(Path.Combine(backup, "files", "opendata"), "*", SearchOption.AllDirectories).First();
        await File.AppendAllTextAsync(file, "x");

        var (exitCode, output) = await fresh.RunAsync("restore", backup);

        Assert.Equal(1, exitCode);
        Assert.Contains("restore failed, nothing was changed: The backup is damaged: files/opendata/", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Empty(await fresh.TablesAsync());
        Assert.DoesNotContain(DataFolderFiles.Read(fresh.DataPath).Keys, f => f.StartsWith("opendata", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_folder_without_a_manifest_is_refused()
    {
        var fresh = await fixture.NewAsync("fresh");
        var backup = fixture.CopyOfBackup();
        File.Delete(Path.Combine(backup, "manifest.json"));

        var (exitCode, output) = await fresh.RunAsync("restore", backup);

        Assert.Equal(1, exitCode);
        Assert.Contains("manifest.json is missing: this is not a backup of the platform.", output, StringComparison.Ordinal);
        Assert.Empty(await fresh.TablesAsync());
    }

    [Fact]
    public async Task restoring_over_a_database_in_use_needs_force()
    {
        var before = await Source.TablesAsync();

        var refused = await Source.RunAsync("restore", Backup);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("the database already holds tables. Restore into a fresh, empty database, or add --force", refused.Output, StringComparison.Ordinal);
        Assert.Equal(before, await Source.TablesAsync());

        var forced = await Source.RunAsync("restore", Backup, "--force");

        Assert.True(forced.ExitCode == 0, forced.Output);
        Assert.Equal(before, await Source.TablesAsync());
    }

    [Fact]
    public async Task a_backup_into_a_folder_that_is_not_empty_is_refused()
    {
        var (exitCode, output) = await Source.RunAsync("backup", Backup);

        Assert.Equal(1, exitCode);
        Assert.Contains("is not empty; name a new folder for each backup.", output, StringComparison.Ordinal);
    }
}
