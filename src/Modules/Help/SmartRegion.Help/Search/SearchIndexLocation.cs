namespace SmartRegion.Help.Search;

/// <summary>The folder of the search index: <c>{Storage:DataPath}/help/index</c>.</summary>
internal sealed record SearchIndexLocation(string Path);
