using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Application.Submissions.PutForward;

/// <param name="Pitch">Why this candidate, in a few lines the client reads.</param>
public sealed record PutForwardCommand(Guid? CandidateId, Guid? PositionId, string? Pitch);

/// <summary>An open position a candidate may be put forward for; <paramref name="AlreadyPutForward"/> when they have an active submission there.</summary>
public sealed record PositionOption(Guid Id, string Title, Guid ClientId, string Client, string? Location, bool AlreadyPutForward);

/// <summary>
/// A recruiter or admin puts a candidate forward for an open position with a short pitch. One
/// active submission per candidate and position: after a rejection, withdrawal or removal they
/// may be put forward again. The candidate hears of it in the app (with an account) and by e-mail.
/// </summary>
public sealed class PutForwardHandler(IAppDbContextFactory contexts, IValidator<PutForwardCommand> validator, TimeProvider clock)
{
    /// <summary>The agency's open positions with their clients, for choosing one; empty for other roles.</summary>
    public async Task<IReadOnlyList<PositionOption>> OpenPositionsAsync(CurrentUser user, Guid candidateId, CancellationToken cancellationToken = default)
    {
        if (!user.IsStaff)
        {
            return [];
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        return await (
                from p in db.Positions.AsNoTracking()
                where p.AgencyId == user.AgencyId && p.Status == PositionStatus.Open
                join company in db.ClientCompanies on p.ClientCompanyId equals company.Id
                where company.ArchivedAt == null
                orderby company.Name, p.Title
                select new PositionOption(p.Id, p.Title, company.Id, company.Name, p.Location,
                    db.Submissions.Any(s => s.PositionId == p.Id && s.CandidateId == candidateId && !Reopening.Contains(s.Stage))))
            .ToListAsync(cancellationToken);
    }

    public async Task<Result<Guid>> HandleAsync(CurrentUser user, PutForwardCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (!user.IsStaff)
        {
            await contexts.AuditRefusalAsync(user, "Candidate", command.CandidateId ?? Guid.Empty, "put a candidate forward", now);
            return new Failure(FailureKind.Forbidden, "Only recruiters and admins put candidates forward.");
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == command.CandidateId && c.AgencyId == user.AgencyId, cancellationToken);
        if (candidate is null)
        {
            await contexts.AuditRefusalAsync(user, "Candidate", command.CandidateId!.Value, "put a candidate forward", now);
            return Failure.NotFound("candidate");
        }

        var position = await (
                from p in db.Positions.AsNoTracking()
                where p.Id == command.PositionId && p.AgencyId == user.AgencyId
                join company in db.ClientCompanies on p.ClientCompanyId equals company.Id
                select new { Position = p, Client = company.Name, ClientArchived = company.ArchivedAt != null })
            .SingleOrDefaultAsync(cancellationToken);
        if (position is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(Position), command.PositionId!.Value, "put a candidate forward", now);
            return Failure.NotFound("position");
        }

        // The agency no longer works with an archived client, whatever its positions still say.
        if (position.ClientArchived)
        {
            return Failure.Field("positionId", $"{position.Client} is archived; restore the client before putting anyone forward.");
        }

        if (!position.Position.AcceptsCandidates)
        {
            return Failure.Field("positionId", $"{position.Position.Title} is {Describe(position.Position.Status)}; only an open position takes new candidates.");
        }

        if (await ActiveAsync(db, candidate.Id, position.Position.Id, cancellationToken) is { } active)
        {
            return AlreadyActive(candidate.Name, position.Position.Title, active);
        }

        var submission = new Submission(user.AgencyId, candidate.Id, position.Position.Id, now, command.Pitch, user.UserId);
        db.Submissions.Add(submission);
        db.Audit(user, AuditActions.SubmissionPutForward, nameof(Submission), submission.Id,
            $"Put {candidate.Name} forward for {position.Position.Title} at {position.Client}. Pitch: {submission.Pitch}", now);
        var hasAccount = candidate.UserId is not null;
        await TellCandidate.SendAsync(db, user.AgencyId, candidate.Id, new CandidateMessage(
                $"Put forward for {position.Position.Title}",
                $"Your recruiter has put you forward for {position.Position.Title} at {position.Client}.",
                name => $"Dear {name},\n\nYour recruiter has put you forward for the {position.Position.Title} role at {position.Client}.\n\n"
                    + (hasAccount ? "Follow it in RecruiterLiaison: interviews, feedback dates and your notes are all there." : "Your recruiter will be in touch about the next steps."),
                "/candidate"),
            now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two recruiters at the same moment: the filtered unique index keeps one; the other hears why.
            await using var fresh = await contexts.CreateAsync(cancellationToken);
            if (await ActiveAsync(fresh, candidate.Id, position.Position.Id, cancellationToken) is { } winner)
            {
                return AlreadyActive(candidate.Name, position.Position.Title, winner);
            }

            throw;
        }

        return submission.Id;
    }

    /// <summary>The stages after which a candidate may be put forward for the same position again (the unique index's filter).</summary>
    private static readonly SubmissionStage[] Reopening = [SubmissionStage.Rejected, SubmissionStage.Withdrawn, SubmissionStage.RemovedFromConsideration];

    private static async Task<SubmissionStage?> ActiveAsync(IAppDbContext db, Guid candidateId, Guid positionId, CancellationToken cancellationToken) =>
        await db.Submissions.Where(s => s.CandidateId == candidateId && s.PositionId == positionId && !Reopening.Contains(s.Stage))
            .Select(s => (SubmissionStage?)s.Stage)
            .FirstOrDefaultAsync(cancellationToken);

    private static Failure AlreadyActive(string candidate, string position, SubmissionStage stage) =>
        Failure.Field("positionId", $"{candidate} is already put forward for {position} ({StageNames.Describe(stage)}); one active submission per candidate and position.");

    private static string Describe(PositionStatus status) => status switch
    {
        PositionStatus.OnHold => "on hold",
        _ => status.ToString().ToLowerInvariant(),
    };
}

public sealed class PutForwardValidator : AbstractValidator<PutForwardCommand>
{
    public PutForwardValidator()
    {
        RuleFor(c => c.CandidateId).NotEmpty().WithMessage("Choose the candidate to put forward.");
        RuleFor(c => c.PositionId).NotEmpty().WithMessage("Choose an open position.");
        RuleFor(c => c.Pitch).NotEmpty().WithMessage("Write a short pitch: why this candidate, for this client.")
            .MaximumLength(Limits.MessageLength).WithMessage($"A pitch is at most {Limits.MessageLength} characters.");
    }
}
