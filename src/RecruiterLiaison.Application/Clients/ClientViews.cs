using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Positions;

namespace RecruiterLiaison.Application.Clients;

/// <summary>A person at the client, as the workspace shows them; <c>Version</c> is what an edit must carry.</summary>
public sealed record ContactItem(Guid Id, Guid ClientCompanyId, string Name, string Title, Seniority Seniority, string Email, bool HasAccount, uint Version)
{
    public static ContactItem From(ClientContact c) => new(c.Id, c.ClientCompanyId, c.Name, c.Title, c.Seniority, c.Email, c.HasAccount, c.Version);
}

/// <summary>The client's contact policy, read-only here (admins change it under admin/contact-policies).</summary>
public sealed record ClientPolicyView(bool NotesAllowed, bool ThankYouNotesAllowed, int MaxNotesPerRound, int MinDaysBetweenNotes, int QuietHoursStart, int QuietHoursEnd);

public sealed record ClientPositionItem(Guid Id, string Title, string? Location, PositionStatus Status, int Requirements);

/// <summary>One client with its contacts, contact policy and positions.</summary>
public sealed record ClientDetail(Guid Id, string Name, DateTimeOffset? ArchivedAt, uint Version, IReadOnlyList<ContactItem> Contacts, ClientPolicyView Policy, IReadOnlyList<ClientPositionItem> Positions);

/// <summary>Reads shared by the client use cases: who may keep clients, and a client as the workspace shows it.</summary>
internal static class ClientReads
{
    public const string Subject = nameof(ClientCompany);


    /// <summary>The caller's agency's client with its contacts and policy, tracked for a change; null when not theirs.</summary>
    public static Task<ClientCompany?> FindAsync(IAppDbContext db, CurrentUser user, Guid clientId, CancellationToken cancellationToken) =>
        user.IsStaff
            ? db.ClientCompanies.Include(c => c.Contacts).Include(c => c.Policy).SingleOrDefaultAsync(c => c.Id == clientId && c.AgencyId == user.AgencyId, cancellationToken)
            : Task.FromResult<ClientCompany?>(null);

    public static async Task<ClientDetail> DetailAsync(IAppDbContext db, ClientCompany client, CancellationToken cancellationToken)
    {
        var positions = await db.Positions.Where(p => p.ClientCompanyId == client.Id)
            .OrderBy(p => p.Status == PositionStatus.Open ? 0 : 1).ThenBy(p => p.Title)
            .Select(p => new ClientPositionItem(p.Id, p.Title, p.Location, p.Status, p.Requirements.Count(r => r.RetiredAt == null)))
            .ToListAsync(cancellationToken);
        var policy = client.Policy;
        return new ClientDetail(client.Id, client.Name, client.ArchivedAt, client.Version,
            client.Contacts.OrderBy(c => c.Name).Select(ContactItem.From).ToList(),
            new ClientPolicyView(policy.NotesAllowed, policy.ThankYouNotesAllowed, policy.MaxNotesPerRound, policy.MinDaysBetweenNotes, policy.QuietHoursStart, policy.QuietHoursEnd),
            positions);
    }

    /// <summary>The client as it now stands, for the editor whose version was stale.</summary>
    public static async Task<Failure> ConflictAsync(IAppDbContextFactory contexts, CurrentUser user, Guid clientId, CancellationToken cancellationToken)
    {
        await using var fresh = await contexts.CreateAsync(cancellationToken);
        var client = await FindAsync(fresh, user, clientId, cancellationToken);
        if (client is null)
        {
            return Failure.NotFound("client");
        }

        return Failure.Conflict(await StaleEdits.MessageAsync(fresh, Subject, clientId, "client", cancellationToken), await DetailAsync(fresh, client, cancellationToken));
    }

    /// <summary>Another client of the agency already has this name (the database insists too, case-sensitively).</summary>
    public static Task<bool> NameTakenAsync(IAppDbContext db, CurrentUser user, string name, Guid? except, CancellationToken cancellationToken)
    {
        var lowered = name.Trim().ToLowerInvariant();
        return db.ClientCompanies.AnyAsync(c => c.AgencyId == user.AgencyId && c.Name.ToLower() == lowered && c.Id != (except ?? Guid.Empty), cancellationToken);
    }
}
