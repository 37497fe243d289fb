using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Notes.SubmitNote;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Submissions.WithdrawFromSubmission;

/// <summary>An optional note to the client that goes through the review queue like any other.</summary>
public sealed record WithdrawalNote(Guid InterviewId, Guid RecipientContactId, string Body);

public sealed record WithdrawFromSubmissionCommand(Guid SubmissionId, WithdrawalNote? Note);

/// <summary>The candidate withdraws from a submission, optionally leaving a note for the client.</summary>
public sealed class WithdrawFromSubmissionHandler(IAppDbContextFactory contexts, SubmitNoteHandler submitNote, TimeProvider clock)
{
    public async Task<Result<Guid?>> HandleAsync(CurrentUser user, WithdrawFromSubmissionCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using (var check = await contexts.CreateAsync(cancellationToken))
        {
            var owned = user.Is(Role.Candidate) && await check.Submissions.AnyAsync(s => s.Id == command.SubmissionId && s.AgencyId == user.AgencyId && check.Candidates.Any(c => c.Id == s.CandidateId && c.UserId == user.UserId), cancellationToken);
            if (!owned)
            {
                await contexts.AuditRefusalAsync(user, "Submission", command.SubmissionId, "withdraw from a submission", now);
                return Failure.NotFound("submission");
            }
        }

        // The note first: a closed submission takes no new notes.
        Guid? noteId = null;
        if (command.Note is { } note && !string.IsNullOrWhiteSpace(note.Body))
        {
            var submitted = await submitNote.HandleAsync(user, new SubmitNoteCommand(command.SubmissionId, note.InterviewId, note.RecipientContactId, NoteKind.Withdrawal, note.Body), cancellationToken);
            if (!submitted.Succeeded)
            {
                return submitted.Failure!;
            }

            noteId = submitted.Value!.Id;
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var submission = await db.Submissions.Include(s => s.StageChanges).SingleAsync(s => s.Id == command.SubmissionId, cancellationToken);
        try
        {
            submission.Withdraw(user.UserId, now);
        }
        catch (DomainException exception)
        {
            return Failure.Conflict(exception.Message);
        }

        db.Audit(user, "submission.withdrawn", "Submission", submission.Id, noteId is null ? "Withdrawn without a note" : "Withdrawn, with a note for the client in the review queue", now);
        await Notify.RecruitersAsync(db, user.AgencyId, "A candidate withdrew", $"{user.DisplayName} withdrew from a submission.", $"/recruiter/submissions/{submission.Id}/audit", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return noteId;
    }
}
