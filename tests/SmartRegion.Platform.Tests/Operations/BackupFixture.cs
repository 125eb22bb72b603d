namespace SmartRegion.Platform.Tests.Operations;

/// <summary>One migrated installation with the demo content and a backup of it, shared by the backup tests of a class.</summary>
public sealed class BackupFixture : IAsyncLifetime
{
    private readonly List<Installation> _installations = [];

    internal string Root { get; } = Path.Combine(Path.GetTempPath(), "smartregion-backup-" + Guid.NewGuid().ToString("N"));

    internal Installation Source { get; private set; } = null!;

    internal string Backup => Path.Combine(Root, "backup");

    public async ValueTask InitializeAsync()
    {
        Source = await NewAsync("source");
        var migrated = await Source.RunAsync("migrate");
        Assert.True(migrated.ExitCode == 0, migrated.Output);
        var backup = await Source.RunAsync("backup", Backup);
        Assert.True(backup.ExitCode == 0, backup.Output);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var installation in _installations)
        {
            await installation.DisposeAsync();
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    internal async Task<Installation> NewAsync(string name)
    {
        var installation = await Installation.CreateAsync(Root, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        _installations.Add(installation);
        return installation;
    }

    /// <summary>A copy of the backup a test may damage.</summary>
    internal string CopyOfBackup()
    {
        var copy = Path.Combine(Root, "copy-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var file in Directory.EnumerateFiles(Backup, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(copy, Path.GetRelativePath(Backup, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return copy;
    }
}
