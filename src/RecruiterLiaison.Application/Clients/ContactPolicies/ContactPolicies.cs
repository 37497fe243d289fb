using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Clients.ContactPolicies;

public sealed record ContactPolicyRow(Guid ClientCompanyId, string Client, bool NotesAllowed, bool ThankYouNotesAllowed, int MaxNotesPerRound, int MinDaysBetweenNotes, int QuietHoursStart, int QuietHoursEnd);

public sealed record ChangeContactPolicyCommand(Guid ClientCompanyId, bool NotesAllowed, bool ThankYouNotesAllowed, int MaxNotesPerRound, int MinDaysBetweenNotes, int QuietHoursStart, int QuietHoursEnd);

/// <summary>Each client's contact policy (seeds/001: "ask your recruiter about the best policy for follow up"), which the etiquette check enforces.</summary>
public sealed class GetContactPoliciesHandler(IAppDbContextFactory contexts)
{
    public async Task<IReadOnlyList<ContactPolicyRow>> HandleAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        if (!user.IsStaff)
        {
            return [];
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        return await (
                from c in db.ClientCompanies
                where c.AgencyId == user.AgencyId
                join p in db.ContactPolicies on c.Id equals p.ClientCompanyId
                orderby c.Name
                select new ContactPolicyRow(c.Id, c.Name, p.NotesAllowed, p.ThankYouNotesAllowed, p.MaxNotesPerRound, p.MinDaysBetweenNotes, p.QuietHoursStart, p.QuietHoursEnd))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>The agency admin sets a client's contact policy.</summary>
public sealed class ChangeContactPolicyHandler(IAppDbContextFactory contexts, IValidator<ChangeContactPolicyCommand> validator, TimeProvider clock)
{
    public async Task<Result<bool>> HandleAsync(CurrentUser user, ChangeContactPolicyCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var policy = user.Is(Role.AgencyAdmin)
            ? await db.ContactPolicies.SingleOrDefaultAsync(p => p.ClientCompanyId == command.ClientCompanyId && db.ClientCompanies.Any(c => c.Id == p.ClientCompanyId && c.AgencyId == user.AgencyId), cancellationToken)
            : null;
        if (policy is null)
        {
            await contexts.AuditRefusalAsync(user, "ClientCompany", command.ClientCompanyId, "change a contact policy", now);
            return Failure.NotFound("client");
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        policy.Change(command.NotesAllowed, command.ThankYouNotesAllowed, command.MaxNotesPerRound, command.MinDaysBetweenNotes, command.QuietHoursStart, command.QuietHoursEnd);
        db.Audit(user, "contact-policy.changed", "ClientCompany", command.ClientCompanyId,
            $"Notes {(command.NotesAllowed ? "allowed" : "not allowed")}, thank-yous {(command.ThankYouNotesAllowed ? "allowed" : "not allowed")}, at most {command.MaxNotesPerRound} per round, {command.MinDaysBetweenNotes} day(s) apart, quiet {command.QuietHoursStart}:00–{command.QuietHoursEnd}:00", now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

public sealed class ChangeContactPolicyValidator : AbstractValidator<ChangeContactPolicyCommand>
{
    public ChangeContactPolicyValidator()
    {
        RuleFor(c => c.MaxNotesPerRound).InclusiveBetween(0, 20).WithMessage("Between 0 and 20 notes per round.");
        RuleFor(c => c.MinDaysBetweenNotes).InclusiveBetween(0, 30).WithMessage("Between 0 and 30 days.");
        RuleFor(c => c.QuietHoursStart).InclusiveBetween(0, 23).WithMessage("An hour from 0 to 23.");
        RuleFor(c => c.QuietHoursEnd).InclusiveBetween(0, 23).WithMessage("An hour from 0 to 23.");
    }
}
