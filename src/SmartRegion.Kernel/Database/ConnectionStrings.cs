using Microsoft.Extensions.Configuration;

namespace SmartRegion.Kernel.Database;

/// <summary>Resolves the one connection string of the platform for the configured provider.</summary>
public static class ConnectionStrings
{
    /// <summary>Name under <c>ConnectionStrings</c>.</summary>
    public const string Name = "SmartRegion";

    /// <summary>The configured connection string, or the default SQLite file under the data path.</summary>
    public static string Resolve(IConfiguration configuration, DatabaseOptions database, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(storage);
        var configured = configuration.GetConnectionString(Name);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (database.Provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:SmartRegion is not set.");
        }

        Directory.CreateDirectory(storage.FullDataPath);
        return $"Data Source={Path.Combine(storage.FullDataPath, "smartregion.db")}";
    }
}
