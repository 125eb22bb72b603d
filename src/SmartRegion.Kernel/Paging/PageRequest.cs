using SmartRegion.Kernel.Problems;

namespace SmartRegion.Kernel.Paging;

/// <summary>A 1-based page request with a bounded page size.</summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultPageSize)
{
    /// <summary>Page size when none is given.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>Largest page size a client may ask for.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Rows to skip.</summary>
    public int Skip => (Page - 1) * PageSize;

    /// <summary>Builds a request from optional query values, adding errors for values out of range.</summary>
    public static PageRequest From(int? page, int? pageSize, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.AddIf(page is < 1, "page", "page must be 1 or greater.");
        errors.AddIf(pageSize is < 1 or > MaxPageSize, "pageSize", $"pageSize must be between 1 and {MaxPageSize}.");
        return new PageRequest(page is >= 1 ? page.Value : 1, pageSize is >= 1 and <= MaxPageSize ? pageSize.Value : DefaultPageSize);
    }
}
