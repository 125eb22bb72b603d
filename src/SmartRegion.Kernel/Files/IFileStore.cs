namespace SmartRegion.Kernel.Files;

/// <summary>
/// Where the platform keeps the files people give it (the originals of distributions): the data folder of the node
/// (<see cref="LocalFileStore"/>) or an S3-compatible object store shared by all nodes (<see cref="S3FileStore"/>),
/// chosen by the <c>Files</c> settings. A key is a relative path with '/' (<c>opendata/files/…</c>, see
/// <see cref="FileKeys"/>). Files a node derives from these (indexes, DuckDB copies) stay in the node's own folder.
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Stores <paramref name="content"/> under <paramref name="key"/>, replacing what was there, while counting and hashing
    /// it. The object appears whole or not at all: readers never see a part of it, and a write that fails or passes
    /// <paramref name="maxBytes"/> leaves no object (and an older one under the key as it was).
    /// </summary>
    /// <returns>Size and SHA-256 of what was stored, or null when the content was longer than <paramref name="maxBytes"/>.</returns>
    Task<StoredFile?> WriteAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>The object's content to read once, with its length, or null when there is no such object.</summary>
    Task<StoredFileContent?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>The object's size and time of writing, or null when there is no such object.</summary>
    Task<StoredFileInfo?> GetInfoAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the object; nothing happens when there is none.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Every object whose key starts with <paramref name="prefix"/>, ordered by key.</summary>
    IAsyncEnumerable<StoredFileInfo> ListAsync(string prefix, CancellationToken cancellationToken);
}

/// <summary>What a write stored: its key, size in bytes and lower-case hex SHA-256.</summary>
public sealed record StoredFile(string Key, long Length, string Sha256);

/// <summary>An object as a listing or a look-up sees it.</summary>
public sealed record StoredFileInfo(string Key, long Length, DateTimeOffset LastModified);

/// <summary>An object opened for reading: its stream (seekable for the local store) and its length. Dispose it.</summary>
public sealed class StoredFileContent(Stream stream, long length) : IAsyncDisposable, IDisposable
{
    /// <summary>The content, to read once.</summary>
    public Stream Stream { get; } = stream;

    /// <summary>The content's length in bytes.</summary>
    public long Length { get; } = length;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Stream.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => Stream.Dispose();
}
