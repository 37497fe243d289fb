using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Clients.CreateClient;

public sealed record CreateClientCommand(string? Name);

/// <summary>A recruiter or admin adds a client company; it starts with the default contact policy.</summary>
public sealed class CreateClientHandler(IAppDbContextFactory contexts, IValidator<CreateClientCommand> validator, TimeProvider clock)
{
    public async Task<Result<ClientDetail>> HandleAsync(CurrentUser user, CreateClientCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (!user.IsStaff)
        {
            await contexts.AuditRefusalAsync(user, ClientReads.Subject, Guid.Empty, "create a client", now);
            return new Failure(FailureKind.Forbidden, "Only recruiters and admins keep the agency's clients.");
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var name = command.Name!.Trim();
        if (await ClientReads.NameTakenAsync(db, user, name, null, cancellationToken))
        {
            return Taken(name);
        }

        ClientCompany client;
        try
        {
            client = new ClientCompany(user.AgencyId, name);
        }
        catch (DomainException exception)
        {
            return Failure.Field("name", exception.Message);
        }

        db.ClientCompanies.Add(client);
        db.Audit(user, AuditActions.ClientCreated, ClientReads.Subject, client.Id, $"Created client {client.Name}", now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A colleague created the same name at this moment (unique per agency).
            return Taken(name);
        }

        return await ClientReads.DetailAsync(db, client, cancellationToken);
    }

    internal static Failure Taken(string name) => Failure.Field("name", $"The agency already has a client called {name}.");
}

public sealed class CreateClientValidator : AbstractValidator<CreateClientCommand>
{
    public CreateClientValidator()
    {
        RuleFor(c => c.Name).ClientName();
    }
}
