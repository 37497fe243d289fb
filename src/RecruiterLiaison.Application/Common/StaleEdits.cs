using Microsoft.EntityFrameworkCore;

namespace RecruiterLiaison.Application.Common;

/// <summary>What an editor hears when the row changed after they read it: who changed it last, from the audit trail.</summary>
internal static class StaleEdits
{
    public static async Task<string> MessageAsync(IAppDbContext db, string subjectType, Guid subjectId, string what, CancellationToken cancellationToken)
    {
        var by = await (
                from e in db.AuditEvents
                where e.SubjectType == subjectType && e.SubjectId == subjectId && e.Action != AuditActions.AccessRefused
                join u in db.Users on e.ActorUserId equals u.Id
                // At one instant (a fast edit, a test's fixed clock) the change is later than the creation.
                orderby e.OccurredAt descending, e.Action.EndsWith(".created")
                select u.DisplayName)
            .FirstOrDefaultAsync(cancellationToken);
        return $"This {what} was changed{(by is null ? "" : $" by {by}")} after you opened it. Here it is as it now stands; make your change again if it still applies.";
    }
}
