using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SmartRegion.TestKit;

/// <summary>
/// Notes whether any command other than a query reached a module's database since the last reset, so a test class
/// that only reads starts each test from the seeded data without emptying and seeding it again.
/// </summary>
public sealed class WriteTracker : DbCommandInterceptor
{
    private volatile bool _written = true;

    /// <summary>True when something may have changed the data since <see cref="MarkClean"/> (and before the first reset).</summary>
    public bool Written => _written;

    public void MarkClean() => _written = false;

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        _written = true;
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _written = true;
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Note(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Note(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Note(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Note(command);
        return ValueTask.FromResult(result);
    }

    private void Note(DbCommand command)
    {
        if (!IsQuery(command.CommandText))
        {
            _written = true;
        }
    }

    /// <summary>A single SELECT (after any tag comments); anything else — INSERT … RETURNING, several statements — counts as a write.</summary>
    internal static bool IsQuery(string text)
    {
        var span = text.AsSpan();
        while (true)
        {
            span = span.TrimStart();
            if (!span.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            var end = span.IndexOf('\n');
            span = end < 0 ? [] : span[(end + 1)..];
        }

        if (!span.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var body = span.TrimEnd().TrimEnd(';');
        return !body.Contains(';') && !body.Contains("FOR UPDATE", StringComparison.OrdinalIgnoreCase);
    }
}
