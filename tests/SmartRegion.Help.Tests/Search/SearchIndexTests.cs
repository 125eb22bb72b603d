using System.Collections;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SmartRegion.Help.Search;

namespace SmartRegion.Help.Tests.Search;

public sealed class SearchIndexTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "help-index-tests", Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyList<IndexedOffer> _offers = OfferCompiler.Compile(SeedOfferSource.Load(), new PlaceDirectory(SeedSearch.Municipalities()));

    private SearchIndex NewIndex(string? root = null) => new(root ?? _root, HelpDictionaries.Default);

    private static int Hits(SearchIndex index, string term)
    {
        using var lease = index.Acquire();
        return lease.Searcher.Search(new Lucene.Net.Search.TermQuery(new Term(OfferFields.Title, term)), 1000).TotalHits;
    }

    [Fact]
    public async Task readiness_says_degraded_while_the_index_is_built_and_healthy_once_it_is_open()
    {
        using var index = NewIndex();
        var check = new SearchIndexHealthCheck(index);
        var context = new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext();

        var building = await check.CheckHealthAsync(context, CancellationToken.None);
        await index.RebuildAsync(_offers, CancellationToken.None);
        var built = await check.CheckHealthAsync(context, CancellationToken.None);

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded, building.Status);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, built.Status);
    }

    [Fact]
    public async Task every_change_of_the_searchable_offers_gives_a_new_version()
    {
        using var index = NewIndex();
        var versions = new List<long> { index.Version };
        await index.RebuildAsync(_offers, CancellationToken.None);
        versions.Add(index.Version);
        await index.UpdateAsync([_offers[0] with { Name = "Anders" }], [], CancellationToken.None);
        versions.Add(index.Version);
        await index.UpdateAsync([], [_offers[1].Id], CancellationToken.None);
        versions.Add(index.Version);

        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    [Fact]
    public async Task an_exception_in_the_middle_of_an_update_batch_leaves_the_last_commit_and_the_index_usable()
    {
        using var index = NewIndex();
        await index.RebuildAsync(_offers, CancellationToken.None);
        var renamed = _offers.Take(3).Select(o => o with { Name = "Zwischenstand" }).ToList();

        var failing = new FailingAfter<IndexedOffer>(renamed, 2);
        await Assert.ThrowsAsync<IOException>(() => index.UpdateAsync(failing, [], CancellationToken.None));

        Assert.Equal(0, Hits(index, "zwischenstand"));
        Assert.Equal(_offers.Count, index.Count);
        await index.UpdateAsync([_offers[0] with { Name = "Danach" }], [], CancellationToken.None);
        Assert.Equal(1, Hits(index, "danach"));
        index.Dispose();
        using var reopened = NewIndex();
        Assert.True(await reopened.TryOpenAsync(CancellationToken.None));
        Assert.Equal(_offers.Count, reopened.Count);
        Assert.Equal(0, Hits(reopened, "zwischenstand"));
    }

    [Fact]
    public async Task a_writer_killed_before_its_commit_leaves_the_last_commit_readable()
    {
        using var analyzer = new HelpAnalyzer(HelpDictionaries.Default);
        var generation = SearchIndex.BuildGeneration(_root, _offers, analyzer, CancellationToken.None);
        var crashed = Path.Combine(_root, "crashed");
        using (var directory = FSDirectory.Open(Path.Combine(_root, generation)))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(HelpAnalyzer.Version, analyzer) { MaxBufferedDocs = 2, MergePolicy = NoMergePolicy.COMPOUND_FILES }))
        {
            // Uncommitted segments reach the disk (small buffer), then the process "dies": the files are copied as they are.
            // No merges, so no background thread removes a file while it is being copied.
            foreach (var offer in _offers.Take(20))
            {
                writer.UpdateDocument(new Term(OfferFields.Id, offer.Id), OfferFields.ToDocument(offer with { Name = "Halbfertig" }));
            }

            var copy = Path.Combine(crashed, generation);
            System.IO.Directory.CreateDirectory(copy);
            foreach (var file in System.IO.Directory.GetFiles(Path.Combine(_root, generation)).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(crashed, "current"), generation);
            writer.Rollback();
        }

        using var index = NewIndex(crashed);
        Assert.True(await index.TryOpenAsync(CancellationToken.None));
        Assert.Equal(_offers.Count, index.Count);
        Assert.Equal(0, Hits(index, "halbfertig"));
    }

    [Fact]
    public async Task a_rebuild_switches_to_a_fresh_generation_and_removes_the_old_one()
    {
        using var index = NewIndex();
        await index.RebuildAsync(_offers, CancellationToken.None);
        var first = File.ReadAllText(Path.Combine(_root, "current"));

        await index.RebuildAsync(_offers.Take(10), CancellationToken.None);

        var second = File.ReadAllText(Path.Combine(_root, "current"));
        Assert.NotEqual(first, second);
        Assert.False(System.IO.Directory.Exists(Path.Combine(_root, first)));
        Assert.Equal(10, index.Count);
    }

    [Fact]
    public async Task a_failed_rebuild_leaves_the_live_index_untouched()
    {
        using var index = NewIndex();
        await index.RebuildAsync(_offers, CancellationToken.None);
        var live = File.ReadAllText(Path.Combine(_root, "current"));

        await Assert.ThrowsAsync<IOException>(() => index.RebuildAsync(new FailingAfter<IndexedOffer>(_offers, 50), CancellationToken.None));

        Assert.Equal(live, File.ReadAllText(Path.Combine(_root, "current")));
        Assert.Equal(_offers.Count, index.Count);
        Assert.Single(System.IO.Directory.GetDirectories(_root, "gen-*"));
    }

    [Fact]
    public async Task a_pointer_to_a_missing_generation_asks_for_a_build()
    {
        System.IO.Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "current"), "gen-gone");
        using var index = NewIndex();

        Assert.False(await index.TryOpenAsync(CancellationToken.None));
        Assert.False(index.IsReady);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A batch whose source fails part way through, as a broken read or a crash would.</summary>
    private sealed class FailingAfter<T>(IReadOnlyList<T> items, int count) : IReadOnlyCollection<T>
    {
        public int Count => items.Count;

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (i == count)
                {
                    throw new IOException("The source failed part way through.");
                }

                yield return items[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
