using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Application.ReviewQueue.ClaimNote;

/// <summary>A recruiter takes a pending note for 15 minutes so nobody else works it twice.</summary>
public sealed class ClaimNoteHandler(NoteReview review)
{
    public Task<Result<ReviewOutcome>> HandleAsync(CurrentUser user, Guid noteId, CancellationToken cancellationToken = default) =>
        review.ActAsync(user, noteId, null, AuditActions.NoteClaimed, (note, _) =>
        {
            note.Claim(user.UserId, review.Now);
            return Task.FromResult($"Claimed until {note.ClaimExpiresAt:HH:mm} UTC");
        }, cancellationToken);
}
