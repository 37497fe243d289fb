using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.Infrastructure.Jobs;

/// <summary>The SQL of what is due, and the one way a row of it is claimed.</summary>
internal sealed class DueWorkClaims : IDueWorkClaims
{
    // Before the first chase a window is due at its due time; after, at its next chase. A fully
    // chased window has no next chase. Closed submissions and interviews without interviewers
    // have nobody to chase.
    private const string NextFeedbackWindow = """
        SELECT w.id AS "Value"
        FROM feedback_windows w
        JOIN agencies a ON a.id = w.agency_id
        JOIN interviews i ON i.id = w.interview_id
        JOIN submissions s ON s.id = i.submission_id
        WHERE w.status <> 'Received'
          AND s.stage NOT IN ('Rejected', 'Withdrawn', 'RemovedFromConsideration')
          AND EXISTS (SELECT 1 FROM interviewers v WHERE v.interview_id = w.interview_id)
          AND COALESCE(w.next_chase_at, w.due_at) <= {0}
          AND (w.next_chase_at IS NOT NULL OR NOT EXISTS (SELECT 1 FROM chases c WHERE c.feedback_window_id = w.id))
          AND (SELECT count(*) FROM chases c WHERE c.feedback_window_id = w.id) < a.max_chases
        ORDER BY COALESCE(w.next_chase_at, w.due_at)
        LIMIT 1
        FOR UPDATE OF w SKIP LOCKED
        """;

    private const string NextFeedbackRequest = """
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

    public Task<IWorkClaim?> NextFeedbackWindowAsync(IAppDbContext db, DateTimeOffset at, CancellationToken cancellationToken) =>
        ClaimAsync((AppDbContext)db, NextFeedbackWindow, at, cancellationToken);

    public Task<IWorkClaim?> NextFeedbackRequestAsync(IAppDbContext db, DateTimeOffset at, CancellationToken cancellationToken) =>
        ClaimAsync((AppDbContext)db, NextFeedbackRequest, at, cancellationToken);

    private static async Task<IWorkClaim?> ClaimAsync(AppDbContext db, string sql, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.Database.SqlQueryRaw<Guid>(sql, at).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            await transaction.DisposeAsync();
            return null;
        }

        return new Claim(ids[0], transaction);
    }

    private sealed class Claim(Guid id, IDbContextTransaction transaction) : IWorkClaim
    {
        public Guid Id => id;

        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }
}
