using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Feedback.ChaseFeedbackRequests;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.Infrastructure.Jobs;

/// <summary>Claims the next feedback request the client has not answered by its next chase time.</summary>
internal sealed class FeedbackRequestClaims : IFeedbackRequestClaims
{
    private const string NextDue = """
        SELECT r.id AS "Value"
        FROM feedback_requests r
        JOIN agencies a ON a.id = r.agency_id
        WHERE r.status = 'AskedClient' AND r.client_answered_at IS NULL
          AND r.next_chase_at <= {0}
          AND r.chases_sent < a.max_chases
        ORDER BY r.next_chase_at
        LIMIT 1
        FOR UPDATE OF r SKIP LOCKED
        """;

    public async Task<IFeedbackRequestClaim?> ClaimNextDueAsync(IAppDbContext db, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var context = (AppDbContext)db;
        var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var ids = await context.Database.SqlQueryRaw<Guid>(NextDue, at).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            await transaction.DisposeAsync();
            return null;
        }

        return new Claim(ids[0], transaction);
    }

    private sealed class Claim(Guid requestId, IDbContextTransaction transaction) : IFeedbackRequestClaim
    {
        public Guid RequestId => requestId;

        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }
}
