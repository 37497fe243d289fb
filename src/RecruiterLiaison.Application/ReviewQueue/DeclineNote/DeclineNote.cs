using FluentValidation;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.ReviewQueue.DeclineNote;

public sealed record DeclineNoteCommand(Guid NoteId, uint Version, DeclineReason? Reason, string Message);

/// <summary>The note stays with the agency; the candidate sees the reason and can revise.</summary>
public sealed class DeclineNoteHandler(NoteReview review, IValidator<DeclineNoteCommand> validator)
{
    public async Task<Result<ReviewOutcome>> HandleAsync(CurrentUser user, DeclineNoteCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        return await review.ActAsync(user, command.NoteId, command.Version, AuditActions.NoteDeclined, async (note, db) =>
        {
            note.Decline(user.UserId, command.Reason!.Value, command.Message.Trim(), review.Now);
            var reason = DeclineReasons.Describe(command.Reason.Value);
            await TellCandidate.SendAsync(db, note.AgencyId, note.CandidateId, new CandidateMessage("Your recruiter declined a note", $"Reason: {reason}. {command.Message}",
                _ => $"Reason: {reason}.\n\n{command.Message}", $"/candidate/notes/{note.Id}"), review.Now, cancellationToken);
            return $"Declined version {note.CurrentVersionNumber}: {command.Reason} — {command.Message}";
        }, cancellationToken);
    }
}

public sealed class DeclineNoteValidator : AbstractValidator<DeclineNoteCommand>
{
    public DeclineNoteValidator()
    {
        RuleFor(c => c.Version).NotEmpty().WithMessage("Reload the note: the version you saw is missing.");
        RuleFor(c => c.Reason).NotNull().WithMessage("Choose a reason.").IsInEnum().WithMessage("Choose a reason from the list.");
        RuleFor(c => c.Message).Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage("Tell the candidate why, in a sentence or two.")
            .MaximumLength(Limits.MessageLength).WithMessage($"Keep the message under {Limits.MessageLength} characters.");
    }
}

/// <summary>The catalogue of decline reasons in the words candidates read.</summary>
public static class DeclineReasons
{
    public static string Describe(DeclineReason reason) => reason switch
    {
        DeclineReason.Tone => "the tone would not help you",
        DeclineReason.Timing => "the timing is wrong",
        DeclineReason.TooFrequent => "too many notes to this client",
        DeclineReason.WrongRecipient => "wrong recipient",
        DeclineReason.ForRecruiterNotClient => "this is for your recruiter, not the client",
        _ => "other",
    };
}
