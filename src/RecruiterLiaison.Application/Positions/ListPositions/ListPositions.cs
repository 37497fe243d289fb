using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Positions;

namespace RecruiterLiaison.Application.Positions.ListPositions;

/// <summary>Which positions: at one client, in one status, with a title fragment.</summary>
public sealed record ListPositionsQuery(PageRequest Page, Guid? ClientId = null, PositionStatus? Status = null, string? Search = null);

public sealed record PositionListItem(Guid Id, string Title, Guid ClientCompanyId, string Client, string? Location, PositionStatus Status, int Requirements, uint Version);

/// <summary>The agency's positions by client and title, one page at a time, for recruiters and admins.</summary>
public sealed class ListPositionsHandler(IAppDbContextFactory contexts)
{
    public async Task<Paged<PositionListItem>> HandleAsync(CurrentUser user, ListPositionsQuery query, CancellationToken cancellationToken = default)
    {
        if (!user.IsStaff)
        {
            return new Paged<PositionListItem>([], query.Page.Page, query.Page.PageSize, 0);
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim().ToLowerInvariant();
        return await (
                from p in db.Positions
                where p.AgencyId == user.AgencyId
                    && (query.ClientId == null || p.ClientCompanyId == query.ClientId)
                    && (query.Status == null || p.Status == query.Status)
                    && (search == null || p.Title.ToLower().Contains(search))
                join c in db.ClientCompanies on p.ClientCompanyId equals c.Id
                orderby c.Name, p.Title, p.Id
                select new PositionListItem(p.Id, p.Title, c.Id, c.Name, p.Location, p.Status, p.Requirements.Count(r => r.RetiredAt == null), p.Version))
            .ToPagedAsync(query.Page, cancellationToken);
    }
}
