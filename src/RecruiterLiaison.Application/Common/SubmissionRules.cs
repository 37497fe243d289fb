using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Application.Common;

internal static class SubmissionRules
{
    public static Task<bool> IsClosedAsync(IAppDbContext db, Guid submissionId, CancellationToken cancellationToken) =>
        db.Submissions.AnyAsync(s => s.Id == submissionId && (s.Stage == SubmissionStage.Rejected || s.Stage == SubmissionStage.Withdrawn || s.Stage == SubmissionStage.RemovedFromConsideration), cancellationToken);
}
