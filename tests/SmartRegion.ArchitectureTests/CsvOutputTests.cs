namespace SmartRegion.ArchitectureTests;

public sealed class CsvOutputTests
{
    private const string Writer = "src/SmartRegion.Kernel/Csv/SafeCsv.cs";

    [Fact]
    public void csv_is_written_only_through_the_kernels_safe_writer()
    {
        // A second writer is where CSV injection comes back: its own quoting, its own formula check, its own media type.
        var offenders = SourceFiles.All()
            .Where(p => p != Writer)
            .Where(p => SourceFiles.Read(p) is var text
                && (text.Contains("\"text/csv;", StringComparison.Ordinal) || text.Contains("is '=' or '+'", StringComparison.Ordinal)))
            .ToList();

        Assert.True(offenders.Count == 0,
            $"These files write CSV themselves; use SmartRegion.Kernel.Csv.SafeCsv (see CONTRIBUTING.md): {string.Join(", ", offenders)}");
    }
}
