using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Positions.AddRequirement;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Positions.RewordRequirement;

/// <summary>Rewords a current requirement; <c>Version</c> is its position's version as the caller read it.</summary>
public sealed record RewordRequirementCommand(Guid RequirementId, uint Version, string? Name);

/// <summary>A clearer wording of the same criterion: its ratings stay with it, under the new words.</summary>
public sealed class RewordRequirementHandler(IAppDbContextFactory contexts, IValidator<RewordRequirementCommand> validator, TimeProvider clock)
{
    public async Task<Result<RequirementChanged>> HandleAsync(CurrentUser user, RewordRequirementCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var position = await PositionReads.FindByRequirementAsync(db, user, command.RequirementId, cancellationToken);
        if (position is null)
        {
            await contexts.AuditRefusalAsync(user, PositionReads.RequirementSubject, command.RequirementId, "reword a requirement", now);
            return Failure.NotFound("requirement");
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        if (position.Version != command.Version)
        {
            return await PositionReads.ConflictAsync(contexts, user, position.Id, cancellationToken);
        }

        var requirement = position.Requirements.Single(r => r.Id == command.RequirementId);
        if (!requirement.IsCurrent)
        {
            return await PositionReads.ConflictAsync(contexts, user, position.Id, cancellationToken, $"'{requirement.Name}' was retired; it can no longer be reworded.");
        }

        var name = command.Name!.Trim();
        if (position.CurrentRequirements.Any(r => r.Id != requirement.Id && string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return Failure.Field("name", $"'{name}' is already a requirement of this position.");
        }

        var before = requirement.Name;
        if (before != name)
        {
            try
            {
                position.RewordRequirement(requirement.Id, name);
            }
            catch (DomainException exception)
            {
                return Failure.Field("name", exception.Message);
            }

            db.Audit(user, AuditActions.RequirementReworded, PositionReads.Subject, position.Id, $"'{before}' reworded to '{requirement.Name}'", now);
            if (await PositionReads.SaveAsync(db, contexts, user, position, cancellationToken) is { } conflict)
            {
                return conflict;
            }
        }

        var view = await PositionReads.ViewAsync(db, position, withRetired: true, cancellationToken);
        return new RequirementChanged(view.Requirements.Single(r => r.Id == requirement.Id), view);
    }
}

public sealed class RewordRequirementValidator : AbstractValidator<RewordRequirementCommand>
{
    public RewordRequirementValidator()
    {
        RuleFor(c => c.Version).RowVersion();
        RuleFor(c => c.Name).RequirementName();
    }
}
