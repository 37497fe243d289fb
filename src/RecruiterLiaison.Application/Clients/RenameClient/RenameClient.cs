using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Clients.CreateClient;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Clients.RenameClient;

/// <summary>Renames a client; <c>Version</c> is the client's version as the caller read it.</summary>
public sealed record RenameClientCommand(Guid ClientId, uint Version, string? Name);

public sealed class RenameClientHandler(IAppDbContextFactory contexts, IValidator<RenameClientCommand> validator, TimeProvider clock)
{
    public async Task<Result<ClientDetail>> HandleAsync(CurrentUser user, RenameClientCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var client = await ClientReads.FindAsync(db, user, command.ClientId, cancellationToken);
        if (client is null)
        {
            await contexts.AuditRefusalAsync(user, ClientReads.Subject, command.ClientId, "rename a client", now);
            return Failure.NotFound("client");
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        if (client.Version != command.Version)
        {
            return await ClientReads.ConflictAsync(contexts, user, client.Id, cancellationToken);
        }

        var name = command.Name!.Trim();
        if (name == client.Name)
        {
            return await ClientReads.DetailAsync(db, client, cancellationToken);
        }

        if (await ClientReads.NameTakenAsync(db, user, name, client.Id, cancellationToken))
        {
            return CreateClientHandler.Taken(name);
        }

        var before = client.Name;
        try
        {
            client.Rename(name);
        }
        catch (DomainException exception)
        {
            return Failure.Field("name", exception.Message);
        }

        db.Audit(user, AuditActions.ClientRenamed, ClientReads.Subject, client.Id, $"Renamed {before} to {client.Name}", now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ClientReads.ConflictAsync(contexts, user, client.Id, cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CreateClientHandler.Taken(name);
        }

        return await ClientReads.DetailAsync(db, client, cancellationToken);
    }
}

public sealed class RenameClientValidator : AbstractValidator<RenameClientCommand>
{
    public RenameClientValidator()
    {
        RuleFor(c => c.Version).RowVersion();
        RuleFor(c => c.Name).ClientName();
    }
}
