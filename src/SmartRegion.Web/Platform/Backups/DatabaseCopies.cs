using Microsoft.Extensions.Options;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Files;

namespace SmartRegion.Web.Platform.Backups;

/// <summary>
/// The configured database, data folder and file store, as the backup and restore commands see them. <see cref="Objects"/> is
/// the file store when its objects are not files of the data folder (S3), null for the local store.
/// </summary>
internal sealed record DatabaseCopies(DatabaseProvider Provider, IDatabaseCopy Database, string DataPath, IFileStore? Objects = null)
{
    public static DatabaseCopies From(WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var connection = ConnectionStrings.Resolve(app.Configuration, database, storage);
        IDatabaseCopy copy = database.Provider == DatabaseProvider.Postgres
            ? new PostgresCopy(connection, app.Configuration["Backup:PgDump"] ?? "pg_dump", app.Configuration["Backup:PgRestore"] ?? "pg_restore")
            : new SqliteCopy(connection);
        var store = app.Services.GetRequiredService<IFileStore>();
        return new DatabaseCopies(database.Provider, copy, storage.FullDataPath, store is LocalFileStore ? null : store);
    }
}
