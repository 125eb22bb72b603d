using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SmartRegion.Kernel.Outbox;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SmartRegion.Help.Search;

/// <summary>
/// The offers' Lucene index under <c>{data}/help/index</c>. Each full build goes into a fresh generation folder; the
/// file <c>current</c> names the live one and is replaced atomically (rename), so a failed or killed rebuild leaves the
/// old index untouched. Updates by service id are committed per batch or rolled back whole; readers come from a
/// <see cref="SearcherManager"/>, the offers behind the hits from memory.
/// </summary>
[NodeLocalState]
internal sealed class SearchIndex : IDisposable
{
    private const string Pointer = "current";
    private readonly string _root;
    private readonly HelpAnalyzer _analyzer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Generation? _live;
    private long _version;

    public SearchIndex(string root, HelpDictionaries dictionaries)
    {
        _root = root;
        System.IO.Directory.CreateDirectory(root);
        _analyzer = new HelpAnalyzer(dictionaries);
    }

    public static readonly Similarity Similarity = new BM25Similarity();

    public bool IsReady => _ready.Task.IsCompleted;

    public Task WaitUntilReadyAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    /// <summary>Opens the live generation; false when there is none (or it cannot be read) and a build is needed.</summary>
    public async Task<bool> TryOpenAsync(CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var name = CurrentName();
            if (name is null || !System.IO.Directory.Exists(Path.Combine(_root, name)))
            {
                return false;
            }

            try
            {
                Swap(Generation.Open(Path.Combine(_root, name), name, _analyzer));
                DeleteStale(name);
                return true;
            }
            catch (Exception ex) when (ex is IOException or CorruptIndexException or IndexNotFoundException)
            {
                return false;
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Builds a new generation from <paramref name="offers"/> and makes it live; the old one stays until then.</summary>
    public async Task RebuildAsync(IEnumerable<IndexedOffer> offers, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var list = offers as IReadOnlyCollection<IndexedOffer> ?? [.. offers];
            var name = BuildGeneration(_root, list, _analyzer, cancellationToken);
            Swap(Generation.Open(Path.Combine(_root, name), name, _analyzer, list));
            DeleteStale(name);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Switches to the generation <c>current</c> names when another process (the reindex command) replaced it.</summary>
    public async Task<bool> FollowPointerAsync(CancellationToken cancellationToken)
    {
        var name = CurrentName();
        if (name is null || name == _live?.Name)
        {
            return false;
        }

        return await TryOpenAsync(cancellationToken);
    }

    /// <summary>
    /// Writes a complete index into a fresh folder, commits it and then points <c>current</c> at it. Safe to run from
    /// another process: it never touches the live generation.
    /// </summary>
    public static string BuildGeneration(string root, IEnumerable<IndexedOffer> offers, HelpAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var name = "gen-" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        var path = Path.Combine(root, name);
        try
        {
            using (var directory = FSDirectory.Open(path))
            using (var writer = new IndexWriter(directory, BuildConfig(analyzer)))
            {
                // The writer takes documents from several threads at once; analysis is the cost, so use every core.
                try
                {
                    Parallel.ForEach(
                        offers,
                        new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                        offer => writer.AddDocument(OfferFields.ToDocument(offer)));
                }
                catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
                }

                writer.Commit();
            }

            var temp = Path.Combine(root, Pointer + ".tmp");
            File.WriteAllText(temp, name);
            File.Move(temp, Path.Combine(root, Pointer), overwrite: true);
            return name;
        }
        catch
        {
            TryDelete(path);
            throw;
        }
    }

    /// <summary>Adds or replaces the given offers and removes the ids given for deletion, as one commit.</summary>
    public async Task UpdateAsync(IReadOnlyCollection<IndexedOffer> upserts, IReadOnlyCollection<string> deletions, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var live = _live ?? throw new InvalidOperationException("The search index is not open.");
            live.Apply(upserts, deletions);
            Interlocked.Increment(ref _version);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>A searcher and the offers behind its hits; release it with <see cref="Lease.Dispose"/>.</summary>
    public Lease Acquire()
    {
        var live = _live ?? throw new InvalidOperationException("The search index is not open.");
        return new Lease(live.Manager, live.Manager.Acquire(), live.Offers, live.CategoryCodes);
    }

    public int Count => _live?.Offers.Count ?? 0;

    /// <summary>Changes whenever the searchable offers may have changed (a new generation or an update): what is worked out from them is stale.</summary>
    public long Version => Interlocked.Read(ref _version);

    private void Swap(Generation next)
    {
        var old = Interlocked.Exchange(ref _live, next);
        Interlocked.Increment(ref _version);
        old?.Dispose();
        _ready.TrySetResult();
    }

    private string? CurrentName()
    {
        var pointer = Path.Combine(_root, Pointer);
        return File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : null;
    }

    private void DeleteStale(string live)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(_root, "gen-*"))
        {
            if (Path.GetFileName(folder) != live)
            {
                TryDelete(folder);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // Removed on the next start.
        }
        catch (UnauthorizedAccessException)
        {
            // Removed on the next start.
        }
    }

    /// <summary>A full build buffers more in memory and merges less: one pass, one commit.</summary>
    private static IndexWriterConfig BuildConfig(HelpAnalyzer analyzer)
    {
        var config = WriterConfig(analyzer, OpenMode.CREATE);
        config.RAMBufferSizeMB = 64;
        return config;
    }

    private static IndexWriterConfig WriterConfig(HelpAnalyzer analyzer, OpenMode mode) =>
        new(HelpAnalyzer.Version, analyzer) { OpenMode = mode, Similarity = Similarity };

    public void Dispose()
    {
        Interlocked.Exchange(ref _live, null)?.Dispose();
        _analyzer.Dispose();
        _writeLock.Dispose();
    }

    internal sealed class Lease(SearcherManager manager, IndexSearcher searcher, ConcurrentDictionary<string, IndexedOffer> offers, IReadOnlySet<string> categoryCodes) : IDisposable
    {
        public IndexSearcher Searcher { get; } = searcher;

        public IReadOnlyDictionary<string, IndexedOffer> Offers { get; } = offers;

        /// <summary>The category codes (top level and sub) that at least one offer has.</summary>
        public IReadOnlySet<string> CategoryCodes { get; } = categoryCodes;

        public void Dispose() => manager.Release(Searcher);
    }

    private sealed class Generation : IDisposable
    {
        private readonly LuceneDirectory _directory;
        private IndexWriter _writer;
        private readonly HelpAnalyzer _analyzer;

        private Generation(string name, LuceneDirectory directory, IndexWriter writer, HelpAnalyzer analyzer, IEnumerable<IndexedOffer>? known)
        {
            Name = name;
            _directory = directory;
            _writer = writer;
            _analyzer = analyzer;
            Manager = NewManager();
            Offers = new ConcurrentDictionary<string, IndexedOffer>(StringComparer.Ordinal);
            if (known is not null)
            {
                // Just built from these offers: no need to read them back.
                foreach (var offer in known)
                {
                    Offers[offer.Id] = offer;
                }

                CategoryCodes = Codes(Offers.Values);
                return;
            }

            var searcher = Manager.Acquire();
            try
            {
                var reader = searcher.IndexReader;
                var live = MultiFields.GetLiveDocs(reader);
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live is null || live.Get(doc))
                    {
                        var offer = OfferFields.FromStored(reader.Document(doc).GetBinaryValue(OfferFields.Stored).Bytes);
                        Offers[offer.Id] = offer;
                    }
                }
            }
            finally
            {
                Manager.Release(searcher);
            }

            CategoryCodes = Codes(Offers.Values);
        }

        public IReadOnlySet<string> CategoryCodes { get; private set; }

        private static HashSet<string> Codes(IEnumerable<IndexedOffer> offers) =>
            offers.SelectMany(o => o.CategoryCodes).ToHashSet(StringComparer.Ordinal);

        public string Name { get; }

        public SearcherManager Manager { get; private set; }

        public ConcurrentDictionary<string, IndexedOffer> Offers { get; }

        public static Generation Open(string path, string name, HelpAnalyzer analyzer, IEnumerable<IndexedOffer>? known = null)
        {
            var directory = FSDirectory.Open(path);
            try
            {
                if (!DirectoryReader.IndexExists(directory))
                {
                    throw new IndexNotFoundException("No committed index in " + path);
                }

                var writer = new IndexWriter(directory, WriterConfig(analyzer, OpenMode.APPEND));
                return new Generation(name, directory, writer, analyzer, known);
            }
            catch
            {
                directory.Dispose();
                throw;
            }
        }

        private SearcherManager NewManager() =>
            new(_writer, applyAllDeletes: true, new SimilarityFactory());

        public void Apply(IReadOnlyCollection<IndexedOffer> upserts, IReadOnlyCollection<string> deletions)
        {
            try
            {
                foreach (var offer in upserts)
                {
                    _writer.UpdateDocument(new Term(OfferFields.Id, offer.Id), OfferFields.ToDocument(offer));
                }

                foreach (var id in deletions)
                {
                    _writer.DeleteDocuments(new Term(OfferFields.Id, id));
                }

                _writer.Commit();
            }
            catch
            {
                // Back to the last commit; Lucene closes a rolled-back writer, so a new one takes its place.
                _writer.Rollback();
                _writer = new IndexWriter(_directory, WriterConfig(_analyzer, OpenMode.APPEND));
                var old = Manager;
                Manager = NewManager();
                old.Dispose();
                throw;
            }

            Manager.MaybeRefreshBlocking();
            foreach (var offer in upserts)
            {
                Offers[offer.Id] = offer;
            }

            foreach (var id in deletions)
            {
                Offers.TryRemove(id, out _);
            }

            CategoryCodes = Codes(Offers.Values);
        }

        public void Dispose()
        {
            Manager.Dispose();
            _writer.Dispose();
            _directory.Dispose();
        }
    }

    private sealed class SimilarityFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
