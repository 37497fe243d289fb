using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.People.GetPeople;

public enum PeopleSort
{
    Name,
    Email,
    Role,
}

/// <summary>One page of the agency's people: by a name or e-mail, a role, and whether they may sign in.</summary>
public sealed record PeopleQuery(int Page = 1, int PageSize = PageRequest.DefaultSize, string? Search = null, Role? Role = null, bool? Active = null, PeopleSort? Sort = null, bool Descending = false);

/// <summary>Everyone with an account at the caller's agency, for its admin.</summary>
public sealed class GetPeopleHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<Paged<PersonRow>>> HandleAsync(CurrentUser user, PeopleQuery query, CancellationToken cancellationToken = default)
    {
        if (!user.Is(Role.AgencyAdmin))
        {
            await contexts.AuditRefusalAsync(user, "User", Guid.Empty, "list the agency's people", clock.GetUtcNow());
            return new Failure(FailureKind.Forbidden, "Only an agency admin lists the agency's people.");
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var people = db.Users.Where(u => u.AgencyId == user.AgencyId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLower();
            people = people.Where(u => u.DisplayName.ToLower().Contains(term) || u.Email.ToLower().Contains(term));
        }

        if (query.Role is { } role)
        {
            var name = role.ToString();
            people = people.Where(u => u.Role == name);
        }

        if (query.Active is { } active)
        {
            people = active ? people.Where(u => u.DeactivatedAt == null) : people.Where(u => u.DeactivatedAt != null);
        }

        people = (query.Sort ?? PeopleSort.Name, query.Descending) switch
        {
            (PeopleSort.Email, false) => people.OrderBy(u => u.Email).ThenBy(u => u.Id),
            (PeopleSort.Email, true) => people.OrderByDescending(u => u.Email).ThenBy(u => u.Id),
            (PeopleSort.Role, false) => people.OrderBy(u => u.Role).ThenBy(u => u.DisplayName).ThenBy(u => u.Id),
            (PeopleSort.Role, true) => people.OrderByDescending(u => u.Role).ThenBy(u => u.DisplayName).ThenBy(u => u.Id),
            (_, false) => people.OrderBy(u => u.DisplayName).ThenBy(u => u.Id),
            _ => people.OrderByDescending(u => u.DisplayName).ThenBy(u => u.Id),
        };

        var page = await people.ToPagedAsync(PageRequest.From(query.Page, query.PageSize), cancellationToken);
        return new Paged<PersonRow>(page.Items.Select(PersonRow.From).ToList(), page.Page, page.PageSize, page.Total);
    }

    /// <summary>The agency's name, for the page heading.</summary>
    public async Task<string> AgencyAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await db.Agencies.Where(a => a.Id == user.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
    }
}
