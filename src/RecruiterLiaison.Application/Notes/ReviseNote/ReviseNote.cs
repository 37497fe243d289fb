using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Application.Notes.SubmitNote;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Notes.ReviseNote;

public sealed record ReviseNoteCommand(Guid NoteId, string Body);

/// <summary>A declined or returned note goes back into the queue as a new version.</summary>
public sealed class ReviseNoteHandler(IAppDbContextFactory contexts, EtiquetteCheckers checkers, TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(CurrentUser user, ReviseNoteCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var note = await db.Notes.Include(n => n.Versions).Include(n => n.Decisions)
            .SingleOrDefaultAsync(n => n.Id == command.NoteId && n.AgencyId == user.AgencyId && db.Candidates.Any(c => c.Id == n.CandidateId && c.UserId == user.UserId), cancellationToken);
        if (note is null || !user.Is(Role.Candidate))
        {
            await contexts.AuditRefusalAsync(user, nameof(Note), command.NoteId, "revise a note", now);
            return Failure.NotFound("note");
        }

        var validation = new ReviseNoteValidator().Validate(command);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        var target = await NoteContextBuilder.FindTargetAsync(db, user, note.SubmissionId, note.InterviewId, note.RecipientContactId, cancellationToken);
        if (target is null || target.SubmissionClosed)
        {
            return Failure.Conflict("This note can no longer be resubmitted: the submission is closed or the recipient is no longer on the interview.");
        }

        var context = await NoteContextBuilder.BuildAsync(db, target, note.Kind, now, note.Id, cancellationToken);
        var findings = checkers.For(target.SpellingLocale).Check(command.Body, context);
        if (EtiquetteChecker.PolicyBlock(findings) is { } block)
        {
            return Failure.Field("body", block.Message);
        }

        try
        {
            note.Revise(user.UserId, command.Body, findings, now);
        }
        catch (DomainException exception)
        {
            return Failure.Conflict(exception.Message, note.Status.ToString());
        }

        db.Audit(user, AuditActions.NoteRevised, nameof(Note), note.Id, $"Version {note.CurrentVersionNumber} submitted", now);
        await Notify.RecruitersAsync(db, user.AgencyId, "A revised note is waiting for review", $"{target.Candidate.Name} revised a note to {target.Recipient.Name}.", $"/recruiter/notes/{note.Id}", now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("This note changed while you were revising it; reload to see where it stands.");
        }

        return note.CurrentVersionNumber;
    }
}

public sealed class ReviseNoteValidator : AbstractValidator<ReviseNoteCommand>
{
    public ReviseNoteValidator() => RuleFor(c => c.Body).NoteBody();
}
