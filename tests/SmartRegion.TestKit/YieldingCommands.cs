using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SmartRegion.TestKit;

/// <summary>
/// Makes every asynchronous database command return to its caller before it runs, as a command sent over the network
/// to PostgreSQL does. Embedded SQLite otherwise completes most of them synchronously, and a page that renders a half
/// loaded state while it waits (a form whose model is not ready yet) would only ever fail on PostgreSQL. Commands inside
/// a transaction run on at once: SQLite's lock waits block a thread, and a holder of the write lock that had to wait
/// for a free thread would starve those waiting for it.
/// </summary>
public sealed class YieldingCommands : DbCommandInterceptor
{
    public static readonly YieldingCommands Instance = new();

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await YieldOutsideTransactionsAsync(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await YieldOutsideTransactionsAsync(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await YieldOutsideTransactionsAsync(command);
        return result;
    }

    private static async ValueTask YieldOutsideTransactionsAsync(DbCommand command)
    {
        if (command.Transaction is null)
        {
            await Task.Yield();
        }
    }
}
