using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Messaging;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Application.Feedback.PostFeedback;

public sealed record RatingInput(Guid RequirementId, int Rating, string? Comment);

public sealed record PostFeedbackCommand(Guid InterviewId, FeedbackDecision? Decision, IReadOnlyList<RatingInput> Ratings, string? Notes);

/// <summary>
/// A client interviewer posts feedback: a rating per requirement and a decision. It closes the
/// feedback window, tells the recruiter, and moves the submission's stage with the decision.
/// The candidate never sees it raw; the recruiter relays a summary.
/// </summary>
public sealed class PostFeedbackHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(CurrentUser user, PostFeedbackCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var target = user.Is(Role.Client) ? await FeedbackTargets.ForClientAsync(db, user, command.InterviewId, now, cancellationToken) : null;
        if (target is null)
        {
            await contexts.AuditRefusalAsync(user, "Interview", command.InterviewId, "post feedback on an interview", now);
            return Failure.NotFound("interview");
        }

        // The current requirements only: a retired one is neither asked for nor accepted.
        var validation = new PostFeedbackValidator(target.RequirementIds).Validate(command);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        if (await db.ClientFeedback.AnyAsync(f => f.InterviewId == command.InterviewId, cancellationToken))
        {
            return Failure.Conflict("Feedback for this interview has already been posted.");
        }

        var feedback = new ClientFeedback(user.AgencyId, command.InterviewId, target.ContactId, command.Decision!.Value, command.Notes?.Trim() ?? "", now);
        foreach (var rating in command.Ratings)
        {
            feedback.Rate(rating.RequirementId, rating.Rating, rating.Comment?.Trim() ?? "");
        }

        db.ClientFeedback.Add(feedback);
        var window = await db.FeedbackWindows.SingleOrDefaultAsync(w => w.InterviewId == command.InterviewId, cancellationToken);
        window?.MarkReceived(now);
        var submission = await db.Submissions.Include(s => s.StageChanges).SingleAsync(s => s.Id == target.SubmissionId, cancellationToken);
        if (!submission.IsClosed)
        {
            var stage = command.Decision switch
            {
                FeedbackDecision.Reject => SubmissionStage.Rejected,
                FeedbackDecision.Advance when submission.Stage is SubmissionStage.RecruiterScreen or SubmissionStage.FirstClientInterview => SubmissionStage.FurtherInterviews,
                _ => submission.Stage,
            };
            submission.MoveTo(stage, now, user.UserId);
        }

        db.Audit(user, "feedback.posted", "Interview", command.InterviewId, $"{target.ContactName}: {command.Decision} for {target.Candidate}", now);
        await Notify.RecruitersAsync(db, user.AgencyId, $"Feedback from {target.ContactName}: {command.Decision}", $"{target.Candidate}, {target.Position}. Write the summary the candidate will read.", $"/recruiter/interviews/{command.InterviewId}/feedback", now, cancellationToken);
        foreach (var recruiter in await db.Users.Where(u => u.AgencyId == user.AgencyId && u.Role == nameof(Role.Recruiter)).Select(u => u.Email).ToListAsync(cancellationToken))
        {
            Outbox.Email(db, user.AgencyId, recruiter, $"Feedback received: {target.Candidate} ({command.Decision})", $"{target.ContactName} posted feedback on {target.Candidate} for {target.Position}. Relay a summary to the candidate in RecruiterLiaison.", now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another interviewer posted first (unique per interview), or the window moved at this instant.
            return Failure.Conflict("Feedback for this interview was posted or changed at the same moment; reload to see it.");
        }

        return feedback.Id;
    }
}

public sealed class PostFeedbackValidator : AbstractValidator<PostFeedbackCommand>
{
    public PostFeedbackValidator(IReadOnlyCollection<Guid> requirementIds)
    {
        RuleFor(c => c.Decision).NotNull().WithMessage("Choose Advance, Hold or Reject.").IsInEnum().WithMessage("Choose Advance, Hold or Reject.");
        RuleFor(c => c.Notes).MaximumLength(Limits.LongTextLength).WithMessage($"Keep notes under {Limits.LongTextLength} characters.");
        RuleFor(c => c.Ratings).Must(r => requirementIds.All(id => r.Any(x => x.RequirementId == id)))
            .WithMessage("Rate every requirement of the role.");
        RuleForEach(c => c.Ratings).ChildRules(rating =>
        {
            rating.RuleFor(r => r.RequirementId).Must(requirementIds.Contains).WithMessage("That requirement is not part of this role.");
            rating.RuleFor(r => r.Rating).InclusiveBetween(Limits.RatingMin, Limits.RatingMax).WithMessage("Rate from 1 (not met) to 4 (exceeded).");
            rating.RuleFor(r => r.Comment).MaximumLength(Limits.MessageLength).WithMessage($"Keep comments under {Limits.MessageLength} characters.");
        });

        // seeds/004: a rejection must explain how the person did not meet requirements of the role.
        RuleFor(c => c.Ratings)
            .Must(r => r.Any(x => x.Rating <= 2 && !string.IsNullOrWhiteSpace(x.Comment)))
            .When(c => c.Decision == FeedbackDecision.Reject)
            .WithMessage("A rejection must name at least one requirement rated Not met or Partly met, with a comment explaining it.");
    }
}
