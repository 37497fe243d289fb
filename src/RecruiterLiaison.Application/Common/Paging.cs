using Microsoft.EntityFrameworkCore;

namespace RecruiterLiaison.Application.Common;

/// <summary>Which page of a list the caller wants: 1-based, 1 to 100 rows (25 unless asked).</summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultSize)
{
    public const int DefaultSize = 25;
    public const int MaxSize = 100;

    /// <summary>The last page anyone can ask for: beyond it the rows to skip would overflow an int (and the database refuses a negative offset).</summary>
    public const int MaxPage = int.MaxValue / MaxSize;

    public int Page { get; init; } = Math.Clamp(Page, 1, MaxPage);

    public int PageSize { get; init; } = Math.Clamp(PageSize, 1, MaxSize);

    public int Skip => (Page - 1) * PageSize;

    /// <summary>From query-string values, where either may be missing.</summary>
    public static PageRequest From(int? page, int? pageSize) => new(page ?? 1, pageSize ?? DefaultSize);
}

/// <summary>One page of a list, with the total so a grid or an API client can page on.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public static class PagingExtensions
{
    /// <summary>Counts, then reads one page; <paramref name="query"/> must already be ordered.</summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, PageRequest page, CancellationToken cancellationToken = default)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return new Paged<T>(items, page.Page, page.PageSize, total);
    }
}
