using System.Diagnostics;
using SmartRegion.Kernel.Files;

namespace SmartRegion.Web.Platform.Backups;

/// <summary>
/// <c>dotnet SmartRegion.Web.dll restore &lt;folder&gt; [--force]</c>: checks the whole backup against its manifest, then
/// puts the database, the data files and the file store's objects in place — into a fresh database, data folder and
/// bucket only, unless <c>--force</c>
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

        var objectPrefix = BackupManifest.ObjectsFolder + "/";
        var objects = manifest.Files.Where(f => f.Path.StartsWith(objectPrefix, StringComparison.Ordinal)).ToList();
        if (objects.FirstOrDefault(o => !FileKeys.IsValid(o.Path[objectPrefix.Length..])) is { } badKey)
        {
            throw new BackupException($"The manifest names an object that is no file store key: {badKey.Path}.");
        }

        if (!force && target.Objects is { } bucket)
        {
            await foreach (var existing in bucket.ListAsync("", cancellationToken))
            {
                throw new BackupException($"the file store already holds objects ({existing.Key}, …). Restore into an empty bucket, or add {Force} to replace them.");
            }
        }

        // Files are staged beside their place first; only once the database is restored do they move in.
        var staging = Path.Combine(target.DataPath, ".restore-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = manifest.Files.Where(f => f.Path != manifest.Database && !objects.Contains(f)).ToList();
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
                await PutObjectsAsync(target.Objects ?? new LocalFileStore(target.DataPath), source, objects, replace: force && target.Objects is not null, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Amazon.Runtime.AmazonServiceException)
            {
                throw new BackupException(
                    $"restore failed after the database was restored: putting the files into {target.DataPath} or the file store failed ({ex.Message}); run the restore again with {Force}.", wholeLine: true);
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

    /// <summary>Writes the backup's objects into the file store; <paramref name="replace"/> removes the objects the backup does not have.</summary>
    private static async Task PutObjectsAsync(IFileStore store, string source, IReadOnlyList<BackupFile> objects, bool replace, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in objects)
        {
            var key = file.Path[(BackupManifest.ObjectsFolder.Length + 1)..];
            keys.Add(key);
            await using var content = File.OpenRead(file.FullPathIn(source)!);
            var stored = await store.WriteAsync(key, content, file.Bytes, cancellationToken);
            if (stored?.Sha256 != file.Sha256)
            {
                throw new IOException($"{file.Path} changed while it was restored.");
            }
        }

        if (replace)
        {
            var stale = new List<string>();
            await foreach (var item in store.ListAsync("", cancellationToken))
            {
                if (!keys.Contains(item.Key))
                {
                    stale.Add(item.Key);
                }
            }

            foreach (var key in stale)
            {
                await store.DeleteAsync(key, cancellationToken);
            }
        }
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
