namespace SmartRegion.Help.Search;

/// <summary>
/// Counts what people search for, for the staff view „Wo fehlt Hilfe?“. Receives only the normalised query text and
/// the number of hits: never a person, an address, a session. Counting happens in memory on the request's thread and
/// costs no database round trip; <see cref="FlushAsync"/> writes what was counted.
/// </summary>
internal interface ISearchStatistics
{
    void Count(string normalizedQuery, int total);

    /// <summary>Writes the counts gathered so far; counts that could not be written are kept for the next flush.</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}

/// <summary>The default until the statistics are built: records nothing.</summary>
internal sealed class NoSearchStatistics : ISearchStatistics
{
    public void Count(string normalizedQuery, int total)
    {
    }

    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
