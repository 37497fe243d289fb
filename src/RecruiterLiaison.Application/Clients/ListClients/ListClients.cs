using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Positions;

namespace RecruiterLiaison.Application.Clients.ListClients;

/// <summary>Which clients: a name fragment, archived ones too or not, by name A–Z or Z–A.</summary>
public sealed record ListClientsQuery(PageRequest Page, string? Search = null, bool IncludeArchived = false, bool NameDescending = false);

public sealed record ClientListItem(Guid Id, string Name, DateTimeOffset? ArchivedAt, int Contacts, int OpenPositions, uint Version);

/// <summary>The agency's clients, one page at a time, for recruiters and admins.</summary>
public sealed class ListClientsHandler(IAppDbContextFactory contexts)
{
    public async Task<Paged<ClientListItem>> HandleAsync(CurrentUser user, ListClientsQuery query, CancellationToken cancellationToken = default)
    {
        if (!user.IsStaff)
        {
            return new Paged<ClientListItem>([], query.Page.Page, query.Page.PageSize, 0);
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim().ToLowerInvariant();
        var clients = db.ClientCompanies.Where(c => c.AgencyId == user.AgencyId
            && (query.IncludeArchived || c.ArchivedAt == null)
            && (search == null || c.Name.ToLower().Contains(search)));
        var ordered = query.NameDescending ? clients.OrderByDescending(c => c.Name) : clients.OrderBy(c => c.Name);
        return await ordered
            .Select(c => new ClientListItem(c.Id, c.Name, c.ArchivedAt,
                db.ClientContacts.Count(x => x.ClientCompanyId == c.Id),
                db.Positions.Count(p => p.ClientCompanyId == c.Id && p.Status == PositionStatus.Open),
                c.Version))
            .ToPagedAsync(query.Page, cancellationToken);
    }
}
