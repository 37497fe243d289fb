using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Interviews;

namespace RecruiterLiaison.Application.Debriefs.LogDebrief;

public sealed record LogDebriefCommand(Guid InterviewId, int HowItWent, int InterestLevel, string Concerns, string Questions, string PointsNotMade);

/// <summary>The candidate's account of an interview, for the recruiter only; logging again revises it.</summary>
public sealed class LogDebriefHandler(IAppDbContextFactory contexts, IValidator<LogDebriefCommand> validator, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(CurrentUser user, LogDebriefCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var found = user.Is(Role.Candidate)
            ? await (
                    from i in db.Interviews
                    where i.Id == command.InterviewId && i.AgencyId == user.AgencyId
                    join s in db.Submissions on i.SubmissionId equals s.Id
                    join c in db.Candidates on s.CandidateId equals c.Id
                    where c.UserId == user.UserId
                    select new { Interview = i, Candidate = c })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (found is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(Interview), command.InterviewId, "log a debrief", now);
            return Failure.NotFound("interview");
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        if (found.Interview.ScheduledAt > now)
        {
            return Failure.Invalid("This interview has not happened yet; log the debrief afterwards.");
        }

        var debrief = await db.Debriefs.SingleOrDefaultAsync(d => d.InterviewId == command.InterviewId && d.CandidateId == found.Candidate.Id, cancellationToken);
        if (debrief is null)
        {
            debrief = new Debrief(user.AgencyId, command.InterviewId, found.Candidate.Id, command.HowItWent, command.InterestLevel, command.Concerns.Trim(), command.Questions.Trim(), command.PointsNotMade.Trim(), now);
            db.Debriefs.Add(debrief);
        }
        else
        {
            debrief.Revise(command.HowItWent, command.InterestLevel, command.Concerns.Trim(), command.Questions.Trim(), command.PointsNotMade.Trim(), now);
        }

        db.Audit(user, AuditActions.DebriefLogged, nameof(Interview), command.InterviewId, $"How it went {command.HowItWent}/5, interest {command.InterestLevel}/5", now);
        await Notify.RecruitersAsync(db, user.AgencyId, "A debrief was logged", $"{found.Candidate.Name} logged how round {found.Interview.Round} went.", $"/recruiter/interviews/{command.InterviewId}/debrief", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return debrief.Id;
    }
}

public sealed class LogDebriefValidator : AbstractValidator<LogDebriefCommand>
{
    public LogDebriefValidator()
    {
        RuleFor(c => c.HowItWent).InclusiveBetween(Limits.ScoreMin, Limits.ScoreMax).WithMessage("Choose from 1 (badly) to 5 (very well).");
        RuleFor(c => c.InterestLevel).InclusiveBetween(Limits.ScoreMin, Limits.ScoreMax).WithMessage("Choose from 1 (not interested) to 5 (very interested).");
        RuleFor(c => c.Concerns).NotNull().MaximumLength(Limits.LongTextLength).WithMessage($"Keep this under {Limits.LongTextLength} characters.");
        RuleFor(c => c.Questions).NotNull().MaximumLength(Limits.LongTextLength).WithMessage($"Keep this under {Limits.LongTextLength} characters.");
        RuleFor(c => c.PointsNotMade).NotNull().MaximumLength(Limits.LongTextLength).WithMessage($"Keep this under {Limits.LongTextLength} characters.");
    }
}
