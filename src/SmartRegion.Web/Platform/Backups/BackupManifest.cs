using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Web.Platform.Backups;

/// <summary>
/// <c>manifest.json</c> of a backup folder: which provider wrote it, the database file and every data file with its size
/// and SHA-256, so a restore can refuse a backup that is incomplete or changed before it touches anything.
/// </summary>
internal sealed record BackupManifest(string Format, DateTimeOffset CreatedAt, DatabaseProvider Provider, string Database, IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";
    public const string CurrentFormat = "smartregion-backup/1";
    public const string FilesFolder = "files";

    /// <summary>The folder of the file store's objects when they are not files of the data folder (S3): <c>objects/{key}</c>.</summary>
    public const string ObjectsFolder = "objects";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    public async Task WriteAsync(string folder, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(Path.Combine(folder, FileName));
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
    }

    /// <summary>Reads and checks the manifest and every file it lists; the reason is null when the backup is whole.</summary>
    public static async Task<(BackupManifest? Manifest, string? Problem)> ReadAndVerifyAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return (null, $"{path} is missing: this is not a backup of the platform.");
        }

        BackupManifest? manifest;
        try
        {
            await using var stream = File.OpenRead(path);
            manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            return (null, $"{path} cannot be read ({ex.Message}).");
        }

        if (manifest is null || manifest.Format != CurrentFormat || manifest.Files is null || manifest.Database is null)
        {
            return (null, $"{path} is not a manifest of the format {CurrentFormat}.");
        }

        if (!manifest.Files.Any(f => f.Path == manifest.Database))
        {
            return (null, $"The manifest lists no database file {manifest.Database}.");
        }

        foreach (var file in manifest.Files)
        {
            if (await file.ProblemAsync(folder, cancellationToken) is { } problem)
            {
                return (null, problem);
            }
        }

        return (manifest, null);
    }

    public static async Task<string> Sha256Async(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
