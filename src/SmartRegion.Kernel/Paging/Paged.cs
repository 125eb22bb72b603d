using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Kernel.Paging;

/// <summary>One page of items with the total count.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    /// <summary>Number of pages (at least 1).</summary>
    public int TotalPages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Paging for EF queries.</summary>
public static class PagedQuery
{
    /// <summary>Counts the query and reads one page of it.</summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(request.Skip).Take(request.PageSize).ToListAsync(cancellationToken);
        return new Paged<T>(items, request.Page, request.PageSize, total);
    }
}
