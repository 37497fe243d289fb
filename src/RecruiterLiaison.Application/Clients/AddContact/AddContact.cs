using FluentValidation;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Clients.AddContact;

public sealed record AddContactCommand(Guid ClientId, string? Name, string? Title, string? Email, Seniority? Seniority);

/// <summary>A recruiter or admin adds a person at the client: an interviewer, a hiring manager, an executive.</summary>
public sealed class AddContactHandler(IAppDbContextFactory contexts, IValidator<AddContactCommand> validator, TimeProvider clock)
{
    public async Task<Result<ContactItem>> HandleAsync(CurrentUser user, AddContactCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var client = await ClientReads.FindAsync(db, user, command.ClientId, cancellationToken);
        if (client is null)
        {
            await contexts.AuditRefusalAsync(user, ClientReads.Subject, command.ClientId, "add a contact", now);
            return Failure.NotFound("client");
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        ClientContact contact;
        try
        {
            contact = client.AddContact(command.Name!, command.Title ?? "", command.Email!, command.Seniority!.Value);
        }
        catch (DomainException exception)
        {
            return Failure.Invalid(exception.Message);
        }

        db.Audit(user, AuditActions.ContactAdded, nameof(ClientContact), contact.Id, $"Added {Describe(contact)} at {client.Name}", now);
        await db.SaveChangesAsync(cancellationToken);
        return ContactItem.From(contact);
    }

    internal static string Describe(ClientContact c) => $"{c.Name} ({(c.Title.Length > 0 ? c.Title + ", " : "")}{c.Seniority}, {c.Email})";
}

public sealed class AddContactValidator : AbstractValidator<AddContactCommand>
{
    public AddContactValidator()
    {
        RuleFor(c => c.Name).ContactName();
        RuleFor(c => c.Title).JobTitle();
        RuleFor(c => c.Email).ContactEmail();
        RuleFor(c => c.Seniority).ContactSeniority();
    }
}
