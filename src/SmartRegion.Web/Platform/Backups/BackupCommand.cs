using System.Diagnostics;
using SmartRegion.Kernel.Files;

namespace SmartRegion.Web.Platform.Backups;

/// <summary>
/// <c>dotnet SmartRegion.Web.dll backup &lt;folder&gt;</c>: writes the database (SQLite online backup or
/// <c>pg_dump --format=custom</c>), the kept data files and — when the file store is not the data folder (S3) — every
/// object of the file store (<c>objects/{key}</c>) into a new folder, with a manifest of SHA-256 checksums written
/// last — a backup cut short has no manifest, and restore refuses it. Runs beside the serving platform.
/// </summary>
internal static class BackupCommand
{
    public const string Name = "backup";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (OperatorCommand.Folder(args) is not { } folder)
        {
            await Console.Error.WriteLineAsync("backup: name the folder to write, e.g. 'backup /var/backups/smartregion/2026-12-06'.");
            return 1;
        }

        var target = Path.GetFullPath(folder);
        return await OperatorCommand.RunAsync("backup failed", async () =>
        {
            var watch = Stopwatch.StartNew();
            var manifest = await WriteAsync(DatabaseCopies.From(app), target, app.Lifetime.ApplicationStopping);
            return $"backup written to {target}: database and {manifest.Files.Count - 1} files, {manifest.Files.Sum(f => f.Bytes)} bytes in {watch.Elapsed.TotalSeconds:F1} s";
        });
    }

    public static async Task<BackupManifest> WriteAsync(DatabaseCopies source, string target, CancellationToken cancellationToken)
    {
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new BackupException($"{target} is not empty; name a new folder for each backup.");
        }

        Directory.CreateDirectory(target);
        var files = DataFiles.List(source.DataPath, source.Database.LocalFile);
        var kept = new List<BackupFile>();

        // Audit checkpoints before the database (it then holds every entry a checkpoint names), the other files after it
        // (every upload the database names is then in the backup).
        foreach (var file in files.Where(DataFiles.IsAudit))
        {
            kept.Add(await CopyAsync(source.DataPath, file, target, cancellationToken));
        }

        await source.Database.BackupAsync(Path.Combine(target, source.Database.FileName), cancellationToken);
        kept.Add(await BackupFile.DescribeAsync(target, source.Database.FileName, cancellationToken));
        foreach (var file in files.Where(f => !DataFiles.IsAudit(f)))
        {
            if (File.Exists(Path.Combine(source.DataPath, file)))
            {
                kept.Add(await CopyAsync(source.DataPath, file, target, cancellationToken));
            }
        }

        if (source.Objects is { } store)
        {
            await foreach (var item in store.ListAsync("", cancellationToken))
            {
                kept.Add(await CopyObjectAsync(store, item.Key, target, cancellationToken));
            }
        }

        var manifest = new BackupManifest(BackupManifest.CurrentFormat, DateTimeOffset.UtcNow, source.Provider, source.Database.FileName, kept);
        await manifest.WriteAsync(target, cancellationToken);
        return manifest;
    }

    private static async Task<BackupFile> CopyObjectAsync(IFileStore store, string key, string target, CancellationToken cancellationToken)
    {
        var relative = BackupManifest.ObjectsFolder + "/" + key;
        var destination = Path.Combine(target, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        await using (var from = await store.OpenReadAsync(key, cancellationToken))
        {
            if (from is null)
            {
                // Deleted since the database was copied, which may still name it: this backup would miss a file.
                throw new BackupException($"the file store object {key} was deleted during the backup; run it again.");
            }

            await using var to = File.Create(destination);
            await from.Stream.CopyToAsync(to, cancellationToken);
        }

        return await BackupFile.DescribeAsync(target, relative, cancellationToken);
    }

    private static async Task<BackupFile> CopyAsync(string dataPath, string file, string target, CancellationToken cancellationToken)
    {
        var relative = Path.Combine(BackupManifest.FilesFolder, file);
        var destination = Path.Combine(target, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        await using (var from = new FileStream(Path.Combine(dataPath, file), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        await using (var to = File.Create(destination))
        {
            await from.CopyToAsync(to, cancellationToken);
        }

        return await BackupFile.DescribeAsync(target, relative, cancellationToken);
    }
}
