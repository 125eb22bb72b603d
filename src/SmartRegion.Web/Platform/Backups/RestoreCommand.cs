using System.Diagnostics;

namespace SmartRegion.Web.Platform.Backups;

/// <summary>
/// <c>dotnet SmartRegion.Web.dll restore &lt;folder&gt; [--force]</c>: checks the whole backup against its manifest, then
/// puts the database and the data files in place — into a fresh database and data folder only, unless <c>--force</c>
/// says to replace what is there. A damaged or incomplete backup changes nothing. The platform is stopped meanwhile.
/// </summary>
internal static class RestoreCommand
{
    public const string Name = "restore";
    public const string Force = "--force";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (OperatorCommand.Folder(args) is not { } folder)
        {
            await Console.Error.WriteLineAsync("restore: name the backup folder, e.g. 'restore /var/backups/smartregion/2026-12-06'.");
            return 1;
        }

        var source = Path.GetFullPath(folder);
        return await OperatorCommand.RunAsync("restore failed, nothing was changed", async () =>
        {
            var watch = Stopwatch.StartNew();
            var manifest = await RestoreAsync(DatabaseCopies.From(app), source, args.Contains(Force, StringComparer.Ordinal), app.Lifetime.ApplicationStopping);
            return $"restored {source} (backup of {manifest.CreatedAt:u}): database and {manifest.Files.Count - 1} files in {watch.Elapsed.TotalSeconds:F1} s";
        });
    }

    public static async Task<BackupManifest> RestoreAsync(DatabaseCopies target, string source, bool force, CancellationToken cancellationToken)
    {
        var (manifest, problem) = await BackupManifest.ReadAndVerifyAsync(source, cancellationToken);
        if (manifest is null)
        {
            throw new BackupException(problem!);
        }

        if (manifest.Provider != target.Provider)
        {
            throw new BackupException($"the backup is of a {manifest.Provider} database, but Database:Provider is {target.Provider}.");
        }

        var present = DataFiles.List(target.DataPath, target.Database.LocalFile);

        // Starting the host for this command already wrote a few files (the OpenID Connect keys of a new data folder);
        // only files from before it count as what a restore would overwrite.
        var started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var earlier = present.Where(f => File.GetLastWriteTimeUtc(Path.Combine(target.DataPath, f)) < started).ToList();
        if (!force && !await target.Database.IsEmptyAsync(cancellationToken))
        {
            throw new BackupException($"the database already holds tables. Restore into a fresh, empty database, or add {Force} to replace its contents.");
        }

        if (!force && earlier.Count > 0)
        {
            throw new BackupException($"the data folder {target.DataPath} already holds files ({earlier[0]}, …). Restore into an empty data folder, or add {Force} to replace them.");
        }

        // Files are staged beside their place first; only once the database is restored do they move in.
        var staging = Path.Combine(target.DataPath, ".restore-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = manifest.Files.Where(f => f.Path != manifest.Database).ToList();
            foreach (var file in files)
            {
                var to = Path.Combine(staging, Path.GetRelativePath(BackupManifest.FilesFolder, file.Path));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file.FullPathIn(source)!, to);
            }

            await target.Database.RestoreAsync(Path.Combine(source, manifest.Database), replace: force, cancellationToken);
            try
            {
                PlaceFiles(target.DataPath, staging, present, files);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new BackupException(
                    $"restore failed after the database was restored: putting the files into {target.DataPath} failed ({ex.Message}); run the restore again with {Force}.", wholeLine: true);
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return manifest;
    }

    private static void PlaceFiles(string dataPath, string staging, IReadOnlyList<string> present, IReadOnlyList<BackupFile> files)
    {
        foreach (var stale in present)
        {
            File.Delete(Path.Combine(dataPath, stale));
        }

        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(BackupManifest.FilesFolder, file.Path);
            var to = Path.Combine(dataPath, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Move(Path.Combine(staging, relative), to, overwrite: true);
        }

        // Each node derives these again from the restored database and originals when it starts.
        foreach (var derived in DataFiles.Derived.Select(d => Path.Combine(dataPath, d)).Where(Directory.Exists))
        {
            Directory.Delete(derived, recursive: true);
        }
    }
}
