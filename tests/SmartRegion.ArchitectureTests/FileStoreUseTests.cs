namespace SmartRegion.ArchitectureTests;

public sealed class FileStoreUseTests
{
    private static readonly string[] Writes =
        ["File.Create(", "File.OpenWrite(", "File.WriteAll", "File.AppendAll", "FileMode.Create", "FileMode.Append", "FileMode.OpenOrCreate", "FileAccess.Write", "FileAccess.ReadWrite"];

    /// <summary>Module files that write files of their own, each for a reason that is not a file people give the platform.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["src/Modules/Hub/SmartRegion.Hub/SingleSignOn/SigningKeys.cs"] = "the node's OpenID Connect keys under keys/",
        ["src/Modules/Hub/SmartRegion.Hub/Accounts/DemoAccountSeeder.cs"] = "the demo installation's access file for the operator",
        ["src/Modules/Hub/SmartRegion.Hub/Audit/AuditCheckpoints.cs"] = "the audit log's append-only checkpoints",
        ["src/Modules/Hub/SmartRegion.Hub/Mail/FileDropMailSender.cs"] = "mails dropped into a folder when no SMTP server is set",
        ["src/Modules/Help/SmartRegion.Help/Search/SearchIndex.cs"] = "the node-local search index, derived from the database",
        ["src/Modules/OpenData/SmartRegion.OpenData/Distributions/DistributionFiles.cs"] = "an upload staged on the node while it is checked, before it goes to the store",
        ["src/Modules/OpenData/SmartRegion.OpenData/Tabular/TabularStore.cs"] = "the node-local DuckDB copies, built from the store",
    };

    [Fact]
    public void module_code_keeps_files_through_the_file_store()
    {
        // A module that writes files itself works on one node's disk only and is missed by the S3 store and its backups.
        var offenders = SourceFiles.All()
            .Where(p => p.StartsWith("src/Modules/", StringComparison.Ordinal) && !Allowed.ContainsKey(p))
            .Where(p => SourceFiles.Read(p) is var text && Writes.Any(w => text.Contains(w, StringComparison.Ordinal)))
            .ToList();

        Assert.True(offenders.Count == 0,
            $"These module files write files themselves; keep files through SmartRegion.Kernel.Files.IFileStore (see CONTRIBUTING.md): {string.Join(", ", offenders)}");
    }

    [Fact]
    public void every_allowed_file_still_exists()
    {
        Assert.All(Allowed.Keys, p => Assert.True(File.Exists(Path.Combine(SourceFiles.RootPath, p)), $"{p} is on the allow-list but gone; remove it from the list."));
    }
}
