namespace SmartRegion.Kernel.Database;

/// <summary>The <c>Storage</c> section: the one folder under which the platform writes all its files.</summary>
public sealed class StorageOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Storage";

    /// <summary>Folder for the SQLite file, uploads, indexes and keys. Relative paths are resolved against the working directory.</summary>
    public string DataPath { get; set; } = "./data";

    /// <summary>The data path as a full path.</summary>
    public string FullDataPath => Path.GetFullPath(DataPath);

    /// <summary>A sub-folder of the data path, created when missing.</summary>
    public string Folder(string name)
    {
        var path = Path.Combine(FullDataPath, name);
        Directory.CreateDirectory(path);
        return path;
    }
}
