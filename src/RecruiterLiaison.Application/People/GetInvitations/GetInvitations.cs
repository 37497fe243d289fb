using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.People;

namespace RecruiterLiaison.Application.People.GetInvitations;

public enum InvitationSort
{
    Sent,
    Name,
    Email,
    Expires,
}

/// <summary>One page of invitations, newest first unless sorted otherwise; filtered by state and a name or e-mail.</summary>
public sealed record InvitationsQuery(int Page = 1, int PageSize = PageRequest.DefaultSize, InvitationState? State = null, string? Search = null, InvitationSort? Sort = null, bool Descending = false);

/// <summary>An admin sees every invitation of the agency; a recruiter those for candidates and client contacts.</summary>
public sealed class GetInvitationsHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<Paged<InvitationRow>>> HandleAsync(CurrentUser user, InvitationsQuery query, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (!user.IsStaff)
        {
            await contexts.AuditRefusalAsync(user, "Invitation", Guid.Empty, "list invitations", now);
            return new Failure(FailureKind.Forbidden, "Only recruiters and admins see invitations.");
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var invitations = db.Invitations.AsNoTracking().VisibleTo(user);
        if (query.State is { } state)
        {
            invitations = invitations.InState(state, now);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLower();
            invitations = invitations.Where(i => i.DisplayName.ToLower().Contains(term) || i.Email.ToLower().Contains(term));
        }

        invitations = (query.Sort ?? InvitationSort.Sent, query.Sort is null || query.Descending) switch
        {
            (InvitationSort.Name, false) => invitations.OrderBy(i => i.DisplayName).ThenBy(i => i.Id),
            (InvitationSort.Name, true) => invitations.OrderByDescending(i => i.DisplayName).ThenBy(i => i.Id),
            (InvitationSort.Email, false) => invitations.OrderBy(i => i.Email).ThenBy(i => i.Id),
            (InvitationSort.Email, true) => invitations.OrderByDescending(i => i.Email).ThenBy(i => i.Id),
            (InvitationSort.Expires, false) => invitations.OrderBy(i => i.ExpiresAt).ThenBy(i => i.Id),
            (InvitationSort.Expires, true) => invitations.OrderByDescending(i => i.ExpiresAt).ThenBy(i => i.Id),
            (_, false) => invitations.OrderBy(i => i.SentAt).ThenBy(i => i.Id),
            _ => invitations.OrderByDescending(i => i.SentAt).ThenBy(i => i.Id),
        };

        var page = await (
                from i in invitations
                join u in db.Users on i.InvitedByUserId equals u.Id into inviters
                from inviter in inviters.DefaultIfEmpty()
                select new { Invitation = i, InvitedBy = inviter == null ? null : inviter.DisplayName })
            .ToPagedAsync(PageRequest.From(query.Page, query.PageSize), cancellationToken);
        return new Paged<InvitationRow>(
            page.Items.Select(r => new InvitationRow(r.Invitation.Id, r.Invitation.Email, r.Invitation.DisplayName, r.Invitation.Role, r.Invitation.StateAt(now), r.Invitation.ClientContactId,
                r.Invitation.CandidateId, r.InvitedBy, r.Invitation.SentAt, r.Invitation.ExpiresAt, r.Invitation.AcceptedAt, r.Invitation.RevokedAt)).ToList(),
            page.Page, page.PageSize, page.Total);
    }
}
