namespace SmartRegion.Help.Search;

/// <summary>Counts what people search for and how many offers they found, anonymously (see <c>Gaps/</c>).</summary>
internal interface ISearchStatistics
{
    Task RecordAsync(string normalizedQuery, int total, CancellationToken ct);
}
