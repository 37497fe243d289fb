using FluentValidation;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.ReviewQueue.ReturnNote;

public sealed record ReturnNoteCommand(Guid NoteId, uint Version, string Message);

/// <summary>Sends the note back to the candidate to revise, with the recruiter's advice.</summary>
public sealed class ReturnNoteHandler(NoteReview review, IValidator<ReturnNoteCommand> validator)
{
    public async Task<Result<ReviewOutcome>> HandleAsync(CurrentUser user, ReturnNoteCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        return await review.ActAsync(user, command.NoteId, command.Version, AuditActions.NoteReturned, async (note, db) =>
        {
            note.ReturnForRevision(user.UserId, command.Message.Trim(), review.Now);
            await TellCandidate.SendAsync(db, note.AgencyId, note.CandidateId, new CandidateMessage("Your recruiter returned a note for revision", command.Message,
                _ => command.Message, $"/candidate/notes/{note.Id}"), review.Now, cancellationToken);
            return $"Returned version {note.CurrentVersionNumber}: {command.Message}";
        }, cancellationToken);
    }
}

public sealed class ReturnNoteValidator : AbstractValidator<ReturnNoteCommand>
{
    public ReturnNoteValidator()
    {
        RuleFor(c => c.Version).NotEmpty().WithMessage("Reload the note: the version you saw is missing.");
        RuleFor(c => c.Message).Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage("Tell the candidate what to change.")
            .MaximumLength(Limits.MessageLength).WithMessage($"Keep the message under {Limits.MessageLength} characters.");
    }
}
