using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.People;

namespace RecruiterLiaison.Application.People.InvitePerson;

/// <summary>
/// Invite a person by e-mail. Staff (Recruiter, AgencyAdmin) are named here; a client contact
/// (Client) or a candidate (Candidate) is invited from their record, whose name and address are used.
/// </summary>
public sealed record InvitePersonCommand(Role? Role, string? Email = null, string? DisplayName = null, Guid? ClientContactId = null, Guid? CandidateId = null);

/// <summary>An admin invites anyone; a recruiter invites candidates and client contacts.</summary>
public sealed class InvitePersonHandler(IAppDbContextFactory contexts, IAccounts accounts, IValidator<InvitePersonCommand> validator, InvitationSettings settings, TimeProvider clock)
{
    public async Task<Result<InvitationRow>> HandleAsync(CurrentUser user, InvitePersonCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (!user.IsStaff || (command.Role is Role.AgencyAdmin or Role.Recruiter && !user.Is(Role.AgencyAdmin)))
        {
            await contexts.AuditRefusalAsync(user, "Invitation", command.ClientContactId ?? command.CandidateId ?? Guid.Empty, $"invite a {command.Role}", now);
            return new Failure(FailureKind.Forbidden, "Only an agency admin invites recruiters and admins; recruiters invite candidates and client contacts.");
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var (token, tokenHash) = InvitationTokens.New();
        var expires = now.AddDays(settings.ExpiryDays);
        Invitation invitation;
        string field;
        switch (command.Role)
        {
            case Role.Client:
                var contact = await db.ClientContacts.SingleOrDefaultAsync(c => c.Id == command.ClientContactId && c.AgencyId == user.AgencyId, cancellationToken);
                if (contact is null)
                {
                    await contexts.AuditRefusalAsync(user, "ClientContact", command.ClientContactId!.Value, "invite a client contact", now);
                    return Failure.NotFound("contact");
                }

                field = "clientContactId";
                if (contact.HasAccount)
                {
                    return Failure.Field(field, $"{contact.Name} already has an account.");
                }

                invitation = Invitation.ForContact(user.AgencyId, contact.Id, contact.Email, contact.Name, user.UserId, tokenHash, now, expires);
                break;

            case Role.Candidate:
                var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == command.CandidateId && c.AgencyId == user.AgencyId, cancellationToken);
                if (candidate is null)
                {
                    await contexts.AuditRefusalAsync(user, "Candidate", command.CandidateId!.Value, "invite a candidate", now);
                    return Failure.NotFound("candidate");
                }

                field = "candidateId";
                if (candidate.UserId is not null)
                {
                    return Failure.Field(field, $"{candidate.Name} already has an account.");
                }

                invitation = Invitation.ForCandidate(user.AgencyId, candidate.Id, candidate.Email, candidate.Name, user.UserId, tokenHash, now, expires);
                break;

            default:
                field = "email";
                try
                {
                    invitation = Invitation.ForStaff(user.AgencyId, command.Email!, command.DisplayName!, command.Role!.Value, user.UserId, tokenHash, now, expires);
                }
                catch (DomainException invalid)
                {
                    return Failure.Field(field, invalid.Message);
                }

                break;
        }

        // Addresses are unique across agencies, but another agency's people are not this one's to
        // know about: the inviter learns only that the address cannot be used.
        if (await accounts.AgencyOfAsync(invitation.Email, cancellationToken) is { } agencyOfAccount)
        {
            return Failure.Field(field, agencyOfAccount == user.AgencyId
                ? $"{invitation.Email} already has an account."
                : $"{invitation.Email} cannot be invited; ask the person for another address.");
        }

        var email = invitation.Email.ToLower();
        var pending = db.Invitations.Where(i => i.AgencyId == user.AgencyId).InState(InvitationState.Pending, now);
        if (await pending.AnyAsync(i => i.Email.ToLower() == email || (invitation.ClientContactId != null && i.ClientContactId == invitation.ClientContactId) || (invitation.CandidateId != null && i.CandidateId == invitation.CandidateId), cancellationToken))
        {
            return Failure.Field(field, $"{invitation.DisplayName} already has a pending invitation; resend it instead.");
        }

        var agency = await db.Agencies.Where(a => a.Id == user.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        db.Invitations.Add(invitation);
        InvitationEmail.Send(db, invitation, agency, user.DisplayName, token, settings);
        db.Audit(user, AuditActions.InvitationSent, "Invitation", invitation.Id, $"Invited {invitation.DisplayName} ({invitation.Email}) as {invitation.Role}; the link expires {expires:u}", now);
        await db.SaveChangesAsync(cancellationToken);
        return await InvitationQueries.RowAsync(db, invitation, now, cancellationToken);
    }
}
