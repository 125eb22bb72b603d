namespace SmartRegion.ArchitectureTests;

public sealed class PublicOriginTests
{
    [Fact]
    public void modules_build_absolute_links_only_from_the_configured_public_origin()
    {
        // A request's Host (or X-Forwarded-Host behind the proxy) is whatever the sender wrote: an absolute link built
        // from it, in a mail or on a page, can point to another site. Modules use IPublicOrigin instead.
        var root = Path.Combine(SourceFiles.RootPath, "src", "Modules");
        var offenders = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".cs", StringComparison.Ordinal) || p.EndsWith(".razor", StringComparison.Ordinal))
            .Where(p => !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal))
            .Where(p => File.ReadAllText(p) is var text
                && (text.Contains(".BaseUri", StringComparison.Ordinal) || text.Contains("ToAbsoluteUri(", StringComparison.Ordinal)
                    || text.Contains("Request.Host", StringComparison.Ordinal) || text.Contains("GetDisplayUrl(", StringComparison.Ordinal)
                    || text.Contains("GetEncodedUrl(", StringComparison.Ordinal)))
            .Select(p => Path.GetRelativePath(SourceFiles.RootPath, p))
            .ToList();

        Assert.True(offenders.Count == 0, $"These files build links from the request's host; use IPublicOrigin: {string.Join(", ", offenders)}");
    }
}
