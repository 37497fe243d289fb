using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Application.Clients.ArchiveClient;

/// <summary>Archives a client; with a version, only if nobody changed it since the caller read it.</summary>
public sealed record ArchiveClientCommand(Guid ClientId, uint? Version = null);

/// <summary>
/// The agency stops working with a client: it leaves the default client list and takes no new
/// contacts or positions, but its contacts, positions, notes and feedback stay readable. Restore undoes it.
/// </summary>
public sealed class ArchiveClientHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<ClientDetail>> HandleAsync(CurrentUser user, ArchiveClientCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var client = await ClientReads.FindAsync(db, user, command.ClientId, cancellationToken);
        if (client is null)
        {
            await contexts.AuditRefusalAsync(user, ClientReads.Subject, command.ClientId, "archive a client", now);
            return Failure.NotFound("client");
        }

        if (command.Version is { } version && version != client.Version)
        {
            return await ClientReads.ConflictAsync(contexts, user, client.Id, cancellationToken);
        }

        if (client.IsArchived)
        {
            return await ClientReads.DetailAsync(db, client, cancellationToken);
        }

        client.Archive(now);
        db.Audit(user, AuditActions.ClientArchived, ClientReads.Subject, client.Id, $"Archived {client.Name}", now);
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
