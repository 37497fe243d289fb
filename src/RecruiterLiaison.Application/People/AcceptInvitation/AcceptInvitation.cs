using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.People.GetInvitationLink;
using RecruiterLiaison.Domain.Auditing;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.People;

namespace RecruiterLiaison.Application.People.AcceptInvitation;

public sealed record AcceptInvitationCommand(string? Token, string? Password, string? ConfirmPassword);

/// <summary>The account the invitation made, so the page can sign the person in and send them to their home.</summary>
public sealed record AcceptedInvitation(Guid UserId, Guid AgencyId, string Email, string DisplayName, Role Role);

/// <summary>
/// Accepts an invitation by its link: creates the account with the chosen password, ties it to
/// the contact or candidate, marks the invitation used and audits, as the new person.
/// A failure without field errors means the link itself cannot be used (see <see cref="InvitationLink.Problem"/>).
/// </summary>
public sealed class AcceptInvitationHandler(IAppDbContextFactory contexts, IAccounts accounts, IValidator<AcceptInvitationCommand> validator, TimeProvider clock)
{
    public async Task<Result<AcceptedInvitation>> HandleAsync(AcceptInvitationCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var hash = string.IsNullOrWhiteSpace(command.Token) || command.Token.Length > 100 ? "" : InvitationTokens.Hash(command.Token.Trim());
        await using var db = await contexts.CreateAsync(cancellationToken);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        var state = invitation is null ? InvitationLinkState.Unknown : GetInvitationLinkHandler.StateOf(invitation.StateAt(now));
        if (state != InvitationLinkState.Usable)
        {
            return Failure.Invalid(new InvitationLink(state, null).Problem!);
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        var created = await accounts.CreateAsync(new NewAccount(invitation!.AgencyId, invitation.Email, invitation.DisplayName, invitation.Role, command.Password!), cancellationToken);
        if (!created.Succeeded)
        {
            return created.Failure!;
        }

        var userId = created.Value;
        try
        {
            invitation.Accept(userId, now);
            if (invitation.ClientContactId is { } contactId)
            {
                (await db.ClientContacts.SingleAsync(c => c.Id == contactId, cancellationToken)).LinkAccount(userId);
            }

            if (invitation.CandidateId is { } candidateId)
            {
                (await db.Candidates.SingleAsync(c => c.Id == candidateId, cancellationToken)).LinkAccount(userId);
            }

            db.AuditEvents.Add(new AuditEvent(invitation.AgencyId, userId, AuditActions.InvitationAccepted, "Invitation", invitation.Id,
                $"{invitation.DisplayName} ({invitation.Email}) accepted the invitation and joined as {invitation.Role}", now));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception failure) when (failure is DomainException or DbUpdateConcurrencyException)
        {
            // Accepted twice at once, or the record got an account meanwhile: the new account goes again.
            await accounts.DeleteNewAsync(userId, CancellationToken.None);
            return Failure.Invalid(failure is DomainException refused ? refused.Message : new InvitationLink(InvitationLinkState.Used, null).Problem!);
        }
        catch
        {
            await accounts.DeleteNewAsync(userId, CancellationToken.None);
            throw;
        }

        return new AcceptedInvitation(userId, invitation.AgencyId, invitation.Email, invitation.DisplayName, invitation.Role);
    }
}

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitationCommand>
{
    public const int MaxPasswordLength = 200;

    public AcceptInvitationValidator()
    {
        RuleFor(c => c.Password).NotEmpty().WithMessage("Choose a password.")
            .MaximumLength(MaxPasswordLength).WithMessage($"A password is at most {MaxPasswordLength} characters.");
        RuleFor(c => c.ConfirmPassword).NotEmpty().WithMessage("Type the password again.")
            .Equal(c => c.Password).When(c => !string.IsNullOrEmpty(c.Password), ApplyConditionTo.CurrentValidator).WithMessage("The two passwords are not the same.");
    }
}
