using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Application.Clients.RestoreClient;

/// <summary>Brings an archived client back; with a version, only if nobody changed it since the caller read it.</summary>
public sealed record RestoreClientCommand(Guid ClientId, uint? Version = null);

public sealed class RestoreClientHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<ClientDetail>> HandleAsync(CurrentUser user, RestoreClientCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var client = await ClientReads.FindAsync(db, user, command.ClientId, cancellationToken);
        if (client is null)
        {
            await contexts.AuditRefusalAsync(user, ClientReads.Subject, command.ClientId, "restore a client", now);
            return Failure.NotFound("client");
        }

        if (command.Version is { } version && version != client.Version)
        {
            return await ClientReads.ConflictAsync(contexts, user, client.Id, cancellationToken);
        }

        if (!client.IsArchived)
        {
            return await ClientReads.DetailAsync(db, client, cancellationToken);
        }

        client.Restore();
        db.Audit(user, AuditActions.ClientRestored, ClientReads.Subject, client.Id, $"Restored {client.Name}", now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ClientReads.ConflictAsync(contexts, user, client.Id, cancellationToken);
        }

        return await ClientReads.DetailAsync(db, client, cancellationToken);
    }
}
