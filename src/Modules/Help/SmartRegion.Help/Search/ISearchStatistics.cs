namespace SmartRegion.Help.Search;

/// <summary>
/// Counts what people search for, for the staff view „Wo fehlt Hilfe?“. Receives only the normalised query text and
/// the number of hits: never a person, an address, a session.
/// </summary>
internal interface ISearchStatistics
{
    Task RecordAsync(string normalizedQuery, int total, CancellationToken cancellationToken);
}

/// <summary>The default until the statistics are built: records nothing.</summary>
internal sealed class NoSearchStatistics : ISearchStatistics
{
    public Task RecordAsync(string normalizedQuery, int total, CancellationToken cancellationToken) => Task.CompletedTask;
}
