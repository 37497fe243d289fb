using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Clients.AddContact;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Clients.EditContact;

/// <summary>Changes a contact's name, title, e-mail and seniority; <c>Version</c> is the contact's as the caller read it.</summary>
public sealed record EditContactCommand(Guid ContactId, uint Version, string? Name, string? Title, string? Email, Seniority? Seniority);

/// <summary>
/// Seniority matters beyond the page: the etiquette check warns a candidate writing to a senior
/// leader or executive. A contact's sign-in account is separate and keeps its own e-mail.
/// </summary>
public sealed class EditContactHandler(IAppDbContextFactory contexts, IValidator<EditContactCommand> validator, TimeProvider clock)
{
    public async Task<Result<ContactItem>> HandleAsync(CurrentUser user, EditContactCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var contact = user.IsStaff
            ? await db.ClientContacts.SingleOrDefaultAsync(c => c.Id == command.ContactId && c.AgencyId == user.AgencyId, cancellationToken)
            : null;
        if (contact is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(ClientContact), command.ContactId, "edit a contact", now);
            return Failure.NotFound("contact");
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        if (contact.Version != command.Version)
        {
            return await ConflictAsync(command.ContactId, cancellationToken);
        }

        var before = AddContactHandler.Describe(contact);
        try
        {
            contact.Update(command.Name!, command.Title ?? "", command.Email!, command.Seniority!.Value);
        }
        catch (DomainException exception)
        {
            return Failure.Invalid(exception.Message);
        }

        var after = AddContactHandler.Describe(contact);
        if (after == before)
        {
            return ContactItem.From(contact);
        }

        db.Audit(user, AuditActions.ContactUpdated, nameof(ClientContact), contact.Id, $"{before} → {after}", now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(command.ContactId, cancellationToken);
        }

        return ContactItem.From(contact);
    }

    private async Task<Failure> ConflictAsync(Guid contactId, CancellationToken cancellationToken)
    {
        await using var fresh = await contexts.CreateAsync(cancellationToken);
        var current = await fresh.ClientContacts.AsNoTracking().SingleAsync(c => c.Id == contactId, cancellationToken);
        return Failure.Conflict(await StaleEdits.MessageAsync(fresh, nameof(ClientContact), contactId, "contact", cancellationToken), ContactItem.From(current));
    }
}

public sealed class EditContactValidator : AbstractValidator<EditContactCommand>
{
    public EditContactValidator()
    {
        RuleFor(c => c.Version).RowVersion();
        RuleFor(c => c.Name).ContactName();
        RuleFor(c => c.Title).JobTitle();
        RuleFor(c => c.Email).ContactEmail();
        RuleFor(c => c.Seniority).ContactSeniority();
    }
}
