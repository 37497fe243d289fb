using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Submissions.GetSubmission;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Application.Submissions.MoveStage;

/// <param name="Version">The version the recruiter read; a move by someone else in between is a conflict.</param>
/// <param name="Reason">The recruiter's words; the candidate reads them as written.</param>
public sealed record MoveStageCommand(Guid SubmissionId, uint Version, SubmissionStage? Stage, string? Reason);

/// <summary>
/// A recruiter or admin moves a submission by hand to an offer, a placement, a rejection, a
/// withdrawal or a removal, where the process allows it, with a reason the candidate reads.
/// </summary>
public sealed class MoveStageHandler(IAppDbContextFactory contexts, IValidator<MoveStageCommand> validator, TimeProvider clock)
{
    public async Task<Result<SubmissionDetail>> HandleAsync(CurrentUser user, MoveStageCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var submission = user.IsStaff
            ? await db.Submissions.Include(s => s.StageChanges).SingleOrDefaultAsync(s => s.Id == command.SubmissionId && s.AgencyId == user.AgencyId, cancellationToken)
            : null;
        if (submission is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(Submission), command.SubmissionId, "move a submission's stage", now);
            return Failure.NotFound("submission");
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        if (submission.Version != command.Version)
        {
            return await ConflictAsync(db, user.AgencyId, submission.Id, cancellationToken);
        }

        var stage = command.Stage!.Value;
        if (!submission.CanMoveByHandTo(stage))
        {
            var allowed = StageNames.AllowedByHand(submission);
            return Failure.Field("stage", submission.IsClosed
                ? $"This submission is closed ({StageNames.Describe(submission.Stage)}); its stage cannot change."
                : $"From {StageNames.Describe(submission.Stage)} it can move to {StageNames.List(allowed)}, not to {StageNames.Describe(stage)}.");
        }

        var from = submission.Stage;
        try
        {
            submission.MoveByHand(stage, command.Reason!, now, user.UserId);
        }
        catch (DomainException exception)
        {
            return Failure.Field("reason", exception.Message);
        }

        var about = await (
                from p in db.Positions
                where p.Id == submission.PositionId
                join company in db.ClientCompanies on p.ClientCompanyId equals company.Id
                select new { p.Title, Client = company.Name })
            .SingleAsync(cancellationToken);
        var reason = command.Reason!.Trim();
        var candidate = await TellCandidate.SendAsync(db, user.AgencyId, submission.CandidateId, new CandidateMessage(
                $"{about.Title}: {StageNames.Describe(stage)}",
                $"{Headline(stage, about.Title, about.Client)} From your recruiter: {reason}",
                name => $"Dear {name},\n\n{Headline(stage, about.Title, about.Client)}\n\nFrom your recruiter:\n{reason}",
                "/candidate"),
            now, cancellationToken);
        db.Audit(user, AuditActions.SubmissionStageMoved, nameof(Submission), submission.Id,
            $"Moved {candidate} from {StageNames.Describe(from)} to {StageNames.Describe(stage)} for {about.Title}. Reason: {reason}", now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contexts.CreateAsync(cancellationToken);
            return await ConflictAsync(fresh, user.AgencyId, submission.Id, cancellationToken);
        }

        return (await GetSubmissionHandler.ReadAsync(db, user.AgencyId, submission.Id, cancellationToken))!;
    }

    private static string Headline(SubmissionStage stage, string position, string client) => stage switch
    {
        SubmissionStage.Offer => $"{client} is making you an offer for {position}.",
        SubmissionStage.Placed => $"You are placed: {position} at {client}.",
        SubmissionStage.Rejected => $"{client} has decided not to go ahead with you for {position}.",
        SubmissionStage.Withdrawn => $"Your application for {position} at {client} has been withdrawn.",
        _ => $"You are no longer being considered for {position} at {client}.",
    };

    /// <summary>Who moved it last, and the submission as it now stands.</summary>
    private static async Task<Failure> ConflictAsync(IAppDbContext db, Guid agencyId, Guid submissionId, CancellationToken cancellationToken)
    {
        var current = await GetSubmissionHandler.ReadAsync(db, agencyId, submissionId, cancellationToken);
        var last = current?.History.LastOrDefault();
        return Failure.Conflict(
            $"This submission changed since you opened it: it is now at {StageNames.Describe(current?.Stage ?? default)}" + (last?.By is { } by ? $" (last moved by {by})." : ".") + " Here is how it stands now.",
            current);
    }
}

public sealed class MoveStageValidator : AbstractValidator<MoveStageCommand>
{
    public MoveStageValidator()
    {
        RuleFor(c => c.Version).NotEmpty().WithMessage("Reload the submission: the version you saw is missing.");
        RuleFor(c => c.Stage).NotNull().WithMessage($"Choose the stage: {StageNames.List(Submission.StagesSetByHand)}.")
            .Must(s => s is null || Submission.StagesSetByHand.Contains(s.Value)).WithMessage($"By hand a submission moves only to {StageNames.List(Submission.StagesSetByHand)}; interviews move it through the others.");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Give a reason: the candidate reads it in your words.")
            .MaximumLength(Limits.MessageLength).WithMessage($"A reason is at most {Limits.MessageLength} characters.");
    }
}
