using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.People;
using RecruiterLiaison.Domain.Agencies;
using RecruiterLiaison.Domain.Auditing;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.People;

namespace RecruiterLiaison.Application.Agencies.CreateAgency;

/// <summary>A new agency and the e-mail of its first admin; the name defaults to the address's local part.</summary>
public sealed record CreateAgencyCommand(string? Name, string? AdminEmail, string? AdminName = null);

/// <summary>The link is returned only here, for the operator to pass on when no SMTP server is configured.</summary>
public sealed record AgencyCreated(Guid AgencyId, string Name, Guid InvitationId, string AdminEmail, string AdminName, string Link, DateTimeOffset ExpiresAt);

/// <summary>
/// Onboarding from the command line (<c>rl agency create</c>): creates the agency and invites its
/// first admin, so a real deployment does not depend on demo data. The operator is nobody in
/// the app, so the audit events have no actor.
/// </summary>
public sealed class CreateAgencyHandler(IAppDbContextFactory contexts, IAccounts accounts, IValidator<CreateAgencyCommand> validator, InvitationSettings settings, TimeProvider clock)
{
    public async Task<Result<AgencyCreated>> HandleAsync(CreateAgencyCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        var now = clock.GetUtcNow();
        var name = command.Name!.Trim();
        var email = command.AdminEmail!.Trim();
        var adminName = string.IsNullOrWhiteSpace(command.AdminName) ? email[..email.IndexOf('@')] : command.AdminName.Trim();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var lowered = name.ToLower();
        if (await db.Agencies.AnyAsync(a => a.Name.ToLower() == lowered, cancellationToken))
        {
            return Failure.Field("name", $"An agency named '{name}' already exists; choose another name.");
        }

        if (await accounts.ExistsAsync(email, cancellationToken))
        {
            return Failure.Field("adminEmail", $"{email} already has an account; invite the first admin with another address.");
        }

        try
        {
            var agency = new Agency(name);
            var (token, hash) = InvitationTokens.New();
            var invitation = Invitation.ForStaff(agency.Id, email, adminName, Role.AgencyAdmin, null, hash, now, now.AddDays(settings.ExpiryDays));
            db.Agencies.Add(agency);
            db.Invitations.Add(invitation);
            InvitationEmail.Send(db, invitation, agency.Name, null, token, settings);
            db.AuditEvents.Add(new AuditEvent(agency.Id, null, AuditActions.AgencyCreated, "Agency", agency.Id, $"Agency {agency.Name} created from the command line", now));
            db.AuditEvents.Add(new AuditEvent(agency.Id, null, AuditActions.InvitationSent, "Invitation", invitation.Id,
                $"Invited {invitation.DisplayName} ({invitation.Email}) as the first AgencyAdmin; the link expires {invitation.ExpiresAt:u}", now));
            await db.SaveChangesAsync(cancellationToken);
            return new AgencyCreated(agency.Id, agency.Name, invitation.Id, invitation.Email, invitation.DisplayName, settings.LinkFor(token), invitation.ExpiresAt);
        }
        catch (DomainException invalid)
        {
            return Failure.Invalid(invalid.Message);
        }
    }
}

public sealed class CreateAgencyValidator : AbstractValidator<CreateAgencyCommand>
{
    public CreateAgencyValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Give the agency a name.")
            .MaximumLength(Limits.NameLength).WithMessage($"An agency name is at most {Limits.NameLength} characters.");
        RuleFor(c => c.AdminEmail).NotEmpty().WithMessage("Give the first admin's e-mail address.")
            .MaximumLength(Limits.EmailLength).WithMessage($"An e-mail address is at most {Limits.EmailLength} characters.")
            .EmailAddress().WithMessage("Enter an e-mail address like name@example.com.");
        RuleFor(c => c.AdminName).MaximumLength(Limits.NameLength).WithMessage($"A name is at most {Limits.NameLength} characters.");
    }
}
