using FluentValidation;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Notes.SubmitNote;

public sealed class SubmitNoteValidator : AbstractValidator<SubmitNoteCommand>
{
    public SubmitNoteValidator()
    {
        RuleFor(c => c.SubmissionId).NotEmpty().WithMessage("Choose a submission.");
        RuleFor(c => c.InterviewId).NotEmpty().WithMessage("Choose the interview this note follows.");
        RuleFor(c => c.RecipientContactId).NotEmpty().WithMessage("Choose who the note is for.");
        RuleFor(c => c.Kind).IsInEnum().WithMessage("Choose what kind of note this is.");
        RuleFor(c => c.Body).NoteBody();
    }
}

public static class NoteRules
{
    /// <summary>The limits of a note's text, shared by every form that takes one.</summary>
    public static IRuleBuilderOptions<T, string> NoteBody<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(body => !string.IsNullOrWhiteSpace(body)).WithMessage("Write the note before submitting it.")
            .MaximumLength(Limits.NoteBodyLength).WithMessage($"A note is at most {Limits.NoteBodyLength} characters.");
}
