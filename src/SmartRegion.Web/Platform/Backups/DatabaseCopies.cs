using Microsoft.Extensions.Options;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Web.Platform.Backups;

/// <summary>The configured database and data folder, as the backup and restore commands see them.</summary>
internal sealed record DatabaseCopies(DatabaseProvider Provider, IDatabaseCopy Database, string DataPath)
{
    public static DatabaseCopies From(WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var connection = ConnectionStrings.Resolve(app.Configuration, database, storage);
        IDatabaseCopy copy = database.Provider == DatabaseProvider.Postgres
            ? new PostgresCopy(connection, app.Configuration["Backup:PgDump"] ?? "pg_dump", app.Configuration["Backup:PgRestore"] ?? "pg_restore")
            : new SqliteCopy(connection);
        return new DatabaseCopies(database.Provider, copy, storage.FullDataPath);
    }
}
