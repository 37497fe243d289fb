using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Dashboard.GetClientDashboard;

public sealed record ClientDashboard(string Company, int InboxCount, int UnreadCount);

/// <summary>A client contact's landing numbers: delivered notes addressed to them.</summary>
public sealed class GetClientDashboardHandler(IAppDbContextFactory contexts)
{
    public async Task<ClientDashboard?> HandleAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var contact = await db.ClientContacts.AsNoTracking()
            .Where(c => c.UserId == user.UserId && c.AgencyId == user.AgencyId)
            .Select(c => new { c.Id, Company = db.ClientCompanies.Where(cc => cc.Id == c.ClientCompanyId).Select(cc => cc.Name).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var delivered = db.Notes.AsNoTracking().Where(n => n.RecipientContactId == contact.Id && n.Status == NoteStatus.Approved);
        return new ClientDashboard(contact.Company, await delivered.CountAsync(cancellationToken), await delivered.CountAsync(n => n.ReadAt == null, cancellationToken));
    }
}
