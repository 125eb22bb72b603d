namespace SmartRegion.Web.Platform.Backups;

/// <summary>What <c>backup</c> and <c>restore</c> share on the command line: the folder argument and one line out.</summary>
internal static class OperatorCommand
{
    /// <summary>The first argument after the command that is not an option.</summary>
    public static string? Folder(string[] args) => args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));

    /// <summary>Prints the line <paramref name="run"/> returns (exit 0), or the failure as one line without a stack trace (exit 1).</summary>
    public static async Task<int> RunAsync(string failure, Func<Task<string>> run)
    {
        try
        {
            await Console.Out.WriteLineAsync(await run());
            return 0;
        }
        catch (Exception ex) when (ex is BackupException or IOException or UnauthorizedAccessException or HttpRequestException or Amazon.Runtime.AmazonServiceException
            || DatabaseErrors.IsDatabaseError(ex))
        {
            await Console.Error.WriteLineAsync(ex is BackupException { WholeLine: true } ? ex.Message : $"{failure}: {ex.Message}");
            return 1;
        }
    }
}
