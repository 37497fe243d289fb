using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Application.Clients.GetClient;

/// <summary>A client with its contacts, contact policy and positions; null (and audited) when not the caller's to see.</summary>
public sealed class GetClientHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<ClientDetail?> HandleAsync(CurrentUser user, Guid clientId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var client = await ClientReads.FindAsync(db, user, clientId, cancellationToken);
        if (client is null)
        {
            await contexts.AuditRefusalAsync(user, ClientReads.Subject, clientId, "read a client", clock.GetUtcNow());
            return null;
        }

        return await ClientReads.DetailAsync(db, client, cancellationToken);
    }
}
