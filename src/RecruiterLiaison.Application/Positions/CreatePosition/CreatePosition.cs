using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Positions.GetPosition;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Positions;

namespace RecruiterLiaison.Application.Positions.CreatePosition;

/// <summary>A new open position at a client, with its first requirements in the order given.</summary>
public sealed record CreatePositionCommand(Guid ClientCompanyId, string? Title, string? Location, string? Description, IReadOnlyList<string>? Requirements);

public sealed class CreatePositionHandler(IAppDbContextFactory contexts, IValidator<CreatePositionCommand> validator, TimeProvider clock)
{
    public async Task<Result<PositionView>> HandleAsync(CurrentUser user, CreatePositionCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var client = user.IsStaff
            ? await db.ClientCompanies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == command.ClientCompanyId && c.AgencyId == user.AgencyId, cancellationToken)
            : null;
        if (client is null)
        {
            await contexts.AuditRefusalAsync(user, "ClientCompany", command.ClientCompanyId, "create a position", now);
            return Failure.NotFound("client");
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        if (client.IsArchived)
        {
            return Failure.Invalid($"{client.Name} is archived; restore it before adding positions.");
        }

        Position position;
        try
        {
            position = new Position(user.AgencyId, client.Id, command.Title!, command.Description ?? "", command.Location);
        }
        catch (DomainException exception)
        {
            return Failure.Invalid(exception.Message);
        }

        var requirements = (command.Requirements ?? []).ToList();
        for (var i = 0; i < requirements.Count; i++)
        {
            try
            {
                position.AddRequirement(requirements[i]);
            }
            catch (DomainException exception)
            {
                return Failure.Field($"requirements[{i}]", exception.Message);
            }
        }

        db.Positions.Add(position);
        db.Audit(user, AuditActions.PositionCreated, PositionReads.Subject, position.Id,
            $"Created {position.Title} at {client.Name}" + (position.Requirements.Count == 0 ? "" : $" with requirements: {string.Join("; ", position.CurrentRequirements.Select(r => r.Name))}"), now);
        await db.SaveChangesAsync(cancellationToken);
        return await PositionReads.ViewAsync(db, position, withRetired: true, cancellationToken);
    }
}

public sealed class CreatePositionValidator : AbstractValidator<CreatePositionCommand>
{
    public CreatePositionValidator()
    {
        RuleFor(c => c.ClientCompanyId).NotEmpty().WithMessage("Choose the client the position is at.");
        RuleFor(c => c.Title).PositionTitle();
        RuleFor(c => c.Location).PositionLocation();
        RuleFor(c => c.Description).PositionDescription();
        RuleForEach(c => c.Requirements)
            .NotEmpty().WithMessage(PositionRules.RequirementMissing)
            .MaximumLength(Limits.NameLength).WithMessage(PositionRules.RequirementTooLong);
        RuleFor(c => c.Requirements)
            .Must(r => r is null || r.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x.Trim().ToLowerInvariant()).Distinct().Count() == r.Count(x => !string.IsNullOrWhiteSpace(x)))
            .WithMessage("Each requirement once: two of them read the same.");
    }
}
