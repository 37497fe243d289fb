using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Candidates.GetCandidate;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Candidates.EditCandidate;

/// <param name="Version">The version the editor read; someone else's save in between is a conflict.</param>
public sealed record EditCandidateCommand(Guid CandidateId, uint Version, string? Name, string? Email, string? Phone, string? Location, string? Profile) : ICandidateFields;

/// <summary>A recruiter or admin corrects a candidate's details; two people editing at once: the second hears who saved first.</summary>
public sealed class EditCandidateHandler(IAppDbContextFactory contexts, IValidator<EditCandidateCommand> validator, TimeProvider clock)
{
    public async Task<Result<CandidateDetail>> HandleAsync(CurrentUser user, EditCandidateCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var candidate = user.IsStaff
            ? await db.Candidates.SingleOrDefaultAsync(c => c.Id == command.CandidateId && c.AgencyId == user.AgencyId, cancellationToken)
            : null;
        if (candidate is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(Candidate), command.CandidateId, "edit a candidate", now);
            return Failure.NotFound("candidate");
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        if (candidate.Version != command.Version)
        {
            return await ConflictAsync(db, user.AgencyId, candidate.Id, cancellationToken);
        }

        if (await CandidateEmails.HolderAsync(db, user.AgencyId, command.Email!, candidate.Id, cancellationToken) is { } holder)
        {
            return CandidateEmails.Taken(command.Email!, holder);
        }

        var before = $"{candidate.Name} <{candidate.Email}>, {candidate.Phone ?? "no phone"}, {candidate.Location ?? "no location"}";
        try
        {
            candidate.Update(command.Name!, command.Email!, command.Phone, command.Location, command.Profile);
        }
        catch (DomainException exception)
        {
            return Failure.Invalid(exception.Message);
        }

        db.Audit(user, AuditActions.CandidateUpdated, nameof(Candidate), candidate.Id,
            $"Was {before}; now {candidate.Name} <{candidate.Email}>, {candidate.Phone ?? "no phone"}, {candidate.Location ?? "no location"}", now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contexts.CreateAsync(cancellationToken);
            return await ConflictAsync(fresh, user.AgencyId, candidate.Id, cancellationToken);
        }

        return (await GetCandidateHandler.ReadAsync(db, user.AgencyId, candidate.Id, cancellationToken))!;
    }

    /// <summary>Who saved the candidate last, and the candidate as it now stands.</summary>
    private static async Task<Failure> ConflictAsync(IAppDbContext db, Guid agencyId, Guid candidateId, CancellationToken cancellationToken)
    {
        var editor = await (
                from e in db.AuditEvents
                where e.AgencyId == agencyId && e.SubjectType == nameof(Candidate) && e.SubjectId == candidateId
                    && (e.Action == AuditActions.CandidateUpdated || e.Action == AuditActions.CandidateCreated)
                join u in db.Users on e.ActorUserId equals u.Id
                // At one instant (a fast edit, a test's fixed clock) the edit is the later of the two.
                orderby e.OccurredAt descending, e.Action == AuditActions.CandidateUpdated descending
                select u.DisplayName)
            .FirstOrDefaultAsync(cancellationToken);
        var current = await GetCandidateHandler.ReadAsync(db, agencyId, candidateId, cancellationToken);
        return Failure.Conflict($"{editor ?? "Someone else"} changed this candidate since you opened it. Here is how it stands now; your changes were not saved.", current);
    }
}

public sealed class EditCandidateValidator : CandidateFieldsValidator<EditCandidateCommand>
{
    public EditCandidateValidator()
    {
        RuleFor(c => c.Version).NotEmpty().WithMessage("Reload the candidate: the version you saw is missing.");
    }
}
