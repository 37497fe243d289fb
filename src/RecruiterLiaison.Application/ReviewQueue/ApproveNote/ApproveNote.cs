using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Messaging;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.ReviewQueue.ApproveNote;

/// <summary>Approve as written, or (with a body) rewrite and approve: the client gets the recruiter's text.</summary>
public sealed record ApproveNoteCommand(Guid NoteId, uint Version, string? Body);

public sealed class ApproveNoteHandler(NoteReview review, IValidator<ApproveNoteCommand> validator)
{
    public async Task<Result<ReviewOutcome>> HandleAsync(CurrentUser user, ApproveNoteCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        var rewrite = !string.IsNullOrWhiteSpace(command.Body);
        return await review.ActAsync(user, command.NoteId, command.Version, rewrite ? AuditActions.NoteRewritten : AuditActions.NoteApproved, async (note, db) =>
        {
            var original = note.CurrentBody;

            // A closed submission takes no more notes, except the candidate's own withdrawal note.
            if (note.Kind != NoteKind.Withdrawal && await SubmissionRules.IsClosedAsync(db, note.SubmissionId, cancellationToken))
            {
                throw new DomainException("This submission is closed; decline the note instead of delivering it.");
            }

            if (rewrite)
            {
                note.RewriteAndApprove(user.UserId, command.Body!, review.Now);
            }
            else
            {
                note.Approve(user.UserId, review.Now);
            }

            await AnnounceAsync(db, note, review.Now, cancellationToken);
            return note.DeliveredBody == original
                ? $"Approved version {note.CurrentVersionNumber} as written"
                : $"Rewrote version {note.CurrentVersionNumber} and approved. Original: {original}\nDelivered: {note.DeliveredBody}";
        }, cancellationToken);
    }

    /// <summary>The candidate hears of every decision; the recipient hears of a delivery.</summary>
    private static async Task AnnounceAsync(IAppDbContext db, Note note, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidate = await TellCandidate.SendAsync(db, note.AgencyId, note.CandidateId, new CandidateMessage("Your note was delivered",
            note.Decisions.Last().Action == ReviewAction.RewrittenAndApproved ? "Your recruiter edited your note and sent it. See exactly what was sent." : "Your recruiter approved your note as written and sent it.",
            name => $"Dear {name},\n\nYour recruiter has delivered your note. See exactly what was sent in RecruiterLiaison.", $"/candidate/notes/{note.Id}"), now, cancellationToken);
        var recipientContact = await db.ClientContacts.Where(c => c.Id == note.RecipientContactId).Select(c => new { c.UserId, c.Email, c.Name }).SingleAsync(cancellationToken);
        Outbox.Email(db, note.AgencyId, recipientContact.Email, $"A note from {candidate}", $"Dear {recipientContact.Name},\n\n{note.DeliveredBody}\n\n(Passed on by your recruiter. Reply in RecruiterLiaison.)", now);
        if (recipientContact.UserId is { } recipient)
        {
            Notify.User(db, note.AgencyId, recipient, "A new note from a candidate", "Your recruiter has passed on a note.", "/client", now);
        }
    }
}

public sealed class ApproveNoteValidator : AbstractValidator<ApproveNoteCommand>
{
    public ApproveNoteValidator()
    {
        RuleFor(c => c.Version).NotEmpty().WithMessage("Reload the note: the version you saw is missing.");
        RuleFor(c => c.Body).MaximumLength(Limits.NoteBodyLength).WithMessage($"A note is at most {Limits.NoteBodyLength} characters.");
    }
}
