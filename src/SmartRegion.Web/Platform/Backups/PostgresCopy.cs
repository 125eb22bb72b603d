using System.Diagnostics;
using Npgsql;

namespace SmartRegion.Web.Platform.Backups;

/// <summary>
/// PostgreSQL through <c>pg_dump --format=custom</c> and <c>pg_restore</c> (the client tools on the PATH, or the
/// <c>Backup:PgDump</c> and <c>Backup:PgRestore</c> settings). The connection goes to the tools in the libpq environment
/// variables, so the password never shows in a process list.
/// </summary>
internal sealed class PostgresCopy(string connectionString, string pgDump, string pgRestore) : IDatabaseCopy
{
    public string FileName => "database.pgdump";

    public string? LocalFile => null;

    public Task BackupAsync(string file, CancellationToken cancellationToken) =>
        RunAsync(pgDump, ["--format=custom", "--no-owner", "--no-privileges", "--file", file], cancellationToken);

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 0;
    }

    public Task RestoreAsync(string file, bool replace, CancellationToken cancellationToken)
    {
        // One transaction: a restore that fails half-way leaves the database as it was.
        List<string> arguments = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", Database];
        if (replace)
        {
            arguments.AddRange(["--clean", "--if-exists"]);
        }

        arguments.Add(file);
        return RunAsync(pgRestore, arguments, cancellationToken);
    }

    private string Database => new NpgsqlConnectionStringBuilder(connectionString).Database
        ?? throw new InvalidOperationException("ConnectionStrings:SmartRegion names no database.");

    private async Task RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        start.Environment["PGHOST"] = builder.Host;
        start.Environment["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = builder.Database;
        start.Environment["PGUSER"] = builder.Username;
        if (!string.IsNullOrEmpty(builder.Password))
        {
            start.Environment["PGPASSWORD"] = builder.Password;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new BackupException($"{tool} cannot be started ({ex.Message}); install the PostgreSQL client tools or set Backup:PgDump and Backup:PgRestore.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            await output;
            if (process.ExitCode != 0)
            {
                throw new BackupException($"{Path.GetFileName(tool)} failed (exit {process.ExitCode}): {(await errors).Trim()}");
            }
        }
    }
}
