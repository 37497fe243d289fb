using FluentValidation;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Candidates.CreateCandidate;

public sealed record CreateCandidateCommand(string? Name, string? Email, string? Phone, string? Location, string? Profile) : ICandidateFields;

/// <summary>
/// A recruiter or admin adds a candidate the agency represents. No account yet: the candidate
/// gets one when invited. One e-mail address, one candidate, within the agency.
/// </summary>
public sealed class CreateCandidateHandler(IAppDbContextFactory contexts, IValidator<CreateCandidateCommand> validator, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(CurrentUser user, CreateCandidateCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (!user.IsStaff)
        {
            await contexts.AuditRefusalAsync(user, "Agency", user.AgencyId, "add a candidate", now);
            return new Failure(FailureKind.Forbidden, "Only recruiters and admins add candidates.");
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        if (await CandidateEmails.HolderAsync(db, user.AgencyId, command.Email!, null, cancellationToken) is { } holder)
        {
            return CandidateEmails.Taken(command.Email!, holder);
        }

        Candidate candidate;
        try
        {
            candidate = new Candidate(user.AgencyId, command.Name!, command.Email!, command.Phone, command.Location, command.Profile);
        }
        catch (DomainException exception)
        {
            return Failure.Invalid(exception.Message);
        }

        db.Candidates.Add(candidate);
        db.Audit(user, AuditActions.CandidateCreated, nameof(Candidate), candidate.Id, $"Added {candidate.Name} <{candidate.Email}>", now);
        await db.SaveChangesAsync(cancellationToken);
        return candidate.Id;
    }
}

public sealed class CreateCandidateValidator : CandidateFieldsValidator<CreateCandidateCommand>;
