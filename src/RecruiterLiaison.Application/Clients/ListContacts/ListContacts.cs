using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Application.Clients.ListContacts;

/// <summary>A client's contacts by name, one page at a time; null (and audited) when the client is not the caller's.</summary>
public sealed class ListContactsHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Paged<ContactItem>?> HandleAsync(CurrentUser user, Guid clientId, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var known = user.IsStaff
            && await db.ClientCompanies.AnyAsync(c => c.Id == clientId && c.AgencyId == user.AgencyId, cancellationToken);
        if (!known)
        {
            await contexts.AuditRefusalAsync(user, ClientReads.Subject, clientId, "list a client's contacts", clock.GetUtcNow());
            return null;
        }

        return await db.ClientContacts.Where(c => c.ClientCompanyId == clientId)
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new ContactItem(c.Id, c.ClientCompanyId, c.Name, c.Title, c.Seniority, c.Email, c.UserId != null, c.Version))
            .ToPagedAsync(page, cancellationToken);
    }
}
