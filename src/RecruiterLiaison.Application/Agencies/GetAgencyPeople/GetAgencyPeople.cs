using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Application.Agencies.GetAgencyPeople;

public sealed record AgencyPeople(string Agency, IReadOnlyList<UserSummary> People);

/// <summary>Everyone with an account in the caller's agency, for the admin's home page.</summary>
public sealed class GetAgencyPeopleHandler(IAppDbContextFactory contexts)
{
    public async Task<AgencyPeople> HandleAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == user.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        var people = await db.Users.Where(u => u.AgencyId == user.AgencyId).OrderBy(u => u.Role).ThenBy(u => u.DisplayName).ToListAsync(cancellationToken);
        return new AgencyPeople(agency, people);
    }
}
