using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Feedback.ChaseOverdueFeedback;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.Infrastructure.Jobs;

/// <summary>Claims the next due feedback window with SELECT … FOR UPDATE SKIP LOCKED.</summary>
internal sealed class FeedbackWindowClaims : IFeedbackWindowClaims
{
    // Due: not received, its next chase (or, before the first, its due time) has come, and
    // chases remain. A fully chased window has no next chase and at least one chase.
    private const string NextDue = """
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

    public async Task<IFeedbackWindowClaim?> ClaimNextDueAsync(IAppDbContext db, DateTimeOffset at, CancellationToken cancellationToken)
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

    private sealed class Claim(Guid windowId, IDbContextTransaction transaction) : IFeedbackWindowClaim
    {
        public Guid WindowId => windowId;

        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }
}
