using FluentValidation;
using Microsoft.Extensions.Logging;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Notes.SubmitNote;

public sealed record SubmitNoteCommand(Guid SubmissionId, Guid InterviewId, Guid RecipientContactId, NoteKind Kind, string Body);

/// <summary>
/// A note just queued. <c>ConcurrencyVersion</c> is the row version the insert returned, the one a
/// review action sends back, so the caller need not read the note again to learn it.
/// </summary>
public sealed record SubmittedNote(Guid Id, NoteStatus Status, int Version, uint ConcurrencyVersion, IReadOnlyList<Finding> Findings);

/// <summary>A candidate puts a draft in the recruiter's queue. Nothing reaches the client yet.</summary>
public sealed class SubmitNoteHandler(IAppDbContextFactory contexts, IValidator<SubmitNoteCommand> validator, EtiquetteCheckers checkers, TimeProvider clock, ILogger<SubmitNoteHandler> logger)
{
    public async Task<Result<SubmittedNote>> HandleAsync(CurrentUser user, SubmitNoteCommand command, CancellationToken cancellationToken = default)
    {
        if (!user.Is(Role.Candidate))
        {
            return Failure.NotFound("submission");
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var target = await NoteContextBuilder.FindTargetAsync(db, user, command.SubmissionId, command.InterviewId, command.RecipientContactId, cancellationToken);
        if (target is null)
        {
            await contexts.AuditRefusalAsync(user, "Submission", command.SubmissionId, "write a note for a submission, interview or recipient that is not theirs", now);
            return Failure.Field(nameof(SubmitNoteCommand.RecipientContactId), "Choose one of the interviewers of this interview.");
        }

        if (target.SubmissionClosed)
        {
            return Failure.Invalid("This submission is closed; notes can no longer be sent.");
        }

        var context = await NoteContextBuilder.BuildAsync(db, target, command.Kind, now, null, cancellationToken);
        var findings = checkers.For(target.SpellingLocale).Check(command.Body, context);
        if (EtiquetteChecker.PolicyBlock(findings) is { } block)
        {
            return Failure.Field(nameof(SubmitNoteCommand.Body), block.Message);
        }

        var note = new Note(user.AgencyId, command.SubmissionId, command.InterviewId, target.Candidate.Id, target.Recipient.Id, command.Kind, command.Body, findings, user.UserId, now);
        db.Notes.Add(note);
        db.Audit(user, AuditActions.NoteSubmitted, nameof(Note), note.Id, $"{command.Kind} to {target.Recipient.Name} ({target.Recipient.Seniority}), {findings.Count} finding(s)", now);
        await Notify.RecruitersAsync(db, user.AgencyId, "A note is waiting for review", $"{target.Candidate.Name} wrote a {command.Kind} note to {target.Recipient.Name}.", $"/recruiter/notes/{note.Id}", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Note {NoteId} submitted by {UserId} with {FindingCount} findings", note.Id, user.UserId, findings.Count);
        return new SubmittedNote(note.Id, note.Status, note.CurrentVersionNumber, note.Version, findings);
    }
}
