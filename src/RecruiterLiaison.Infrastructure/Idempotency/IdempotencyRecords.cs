using Microsoft.EntityFrameworkCore;
using Npgsql;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.Infrastructure.Idempotency;

/// <summary>Finding a caller's earlier response by key, starting a new write, and forgetting old keys.</summary>
public sealed class IdempotencyRecords(IDbContextFactory<AppDbContext> contexts, NpgsqlDataSource dataSource)
{
    /// <summary>How long a key is remembered: longer than any client's retry schedule.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public async Task<IdempotencyRecord?> FindAsync(Guid userId, string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key, cancellationToken);
    }

    public Task<IdempotentWrite> BeginAsync(CancellationToken cancellationToken) => IdempotentWrite.BeginAsync(dataSource, cancellationToken);

    public async Task<int> ForgetOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.IdempotencyRecords.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
