using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Application.Common;

internal static class SubmissionRules
{
    public static Task<bool> IsClosedAsync(IAppDbContext db, Guid submissionId, CancellationToken cancellationToken) =>
        db.Submissions.AnyAsync(s => s.Id == submissionId && Submission.ClosedStages.Contains(s.Stage), cancellationToken);
}
