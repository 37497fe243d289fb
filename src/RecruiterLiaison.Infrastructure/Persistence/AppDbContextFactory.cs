using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Infrastructure.Idempotency;

namespace RecruiterLiaison.Infrastructure.Persistence;

internal sealed class AppDbContextFactory(IDbContextFactory<AppDbContext> contexts) : IAppDbContextFactory
{
    public async Task<IAppDbContext> CreateAsync(CancellationToken cancellationToken = default) =>
        IdempotentWrite.Current is { } write
            ? await write.JoinAsync(cancellationToken)
            : await contexts.CreateDbContextAsync(cancellationToken);
}
