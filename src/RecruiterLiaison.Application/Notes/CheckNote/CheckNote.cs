using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Notes.CheckNote;

public sealed record CheckNoteQuery(string Body, NoteKind Kind, Guid? SubmissionId, Guid? InterviewId, Guid? RecipientContactId);

public sealed record NoteCheck(IReadOnlyList<Finding> Findings, int Risk);

/// <summary>
/// Runs the etiquette checker on a draft with the caller's real context (recipient, history,
/// windows) when the draft names them; on the text and kind alone otherwise. Saves nothing.
/// </summary>
public sealed class CheckNoteHandler(IAppDbContextFactory contexts, EtiquetteCheckers checkers, TimeProvider clock)
{
    public async Task<Result<NoteCheck>> HandleAsync(CurrentUser user, CheckNoteQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Body is null || query.Body.Length > Limits.NoteBodyLength)
        {
            return Failure.Field("body", $"A note is at most {Limits.NoteBodyLength} characters.");
        }

        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        NoteCheckContext context;
        var locale = Domain.Agencies.Agency.DefaultSpellingLocale;
        if (query is { InterviewId: { } interviewId, RecipientContactId: { } recipientId } && user.Is(Role.Candidate))
        {
            var submissionId = query.SubmissionId ?? await SubmissionOfInterviewAsync(db, interviewId, cancellationToken);
            var target = await NoteContextBuilder.FindTargetAsync(db, user, submissionId, interviewId, recipientId, cancellationToken);
            if (target is null)
            {
                await contexts.AuditRefusalAsync(user, "Interview", interviewId, "check a note against an interview that is not theirs", now);
                return Failure.NotFound("interview");
            }

            context = await NoteContextBuilder.BuildAsync(db, target, query.Kind, now, null, cancellationToken);
            locale = target.SpellingLocale;
        }
        else
        {
            context = new NoteCheckContext { Kind = query.Kind, SentAt = now };
        }

        var findings = checkers.For(locale).Check(query.Body, context);
        return new NoteCheck(findings, Finding.RiskOf(findings));
    }

    private static async Task<Guid> SubmissionOfInterviewAsync(IAppDbContext db, Guid interviewId, CancellationToken cancellationToken) =>
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
            db.Interviews.Where(i => i.Id == interviewId).Select(i => i.SubmissionId), cancellationToken);
}
