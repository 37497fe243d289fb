using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Positions.GetPosition;

namespace RecruiterLiaison.Application.Positions.MoveRequirement;

/// <summary>Moves a current requirement to <c>Index</c> (0 is first) among the current ones; with a version, only if the position is as the caller read it.</summary>
public sealed record MoveRequirementCommand(Guid RequirementId, int? Index, uint? Version = null);

/// <summary>The order is the order of the feedback form: the most important first.</summary>
public sealed class MoveRequirementHandler(IAppDbContextFactory contexts, IValidator<MoveRequirementCommand> validator, TimeProvider clock)
{
    public async Task<Result<PositionView>> HandleAsync(CurrentUser user, MoveRequirementCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var position = await PositionReads.FindByRequirementAsync(db, user, command.RequirementId, cancellationToken);
        if (position is null)
        {
            await contexts.AuditRefusalAsync(user, PositionReads.RequirementSubject, command.RequirementId, "move a requirement", now);
            return Failure.NotFound("requirement");
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        if (command.Version is { } version && version != position.Version)
        {
            return await PositionReads.ConflictAsync(contexts, user, position.Id, cancellationToken);
        }

        var requirement = position.Requirements.Single(r => r.Id == command.RequirementId);
        if (!requirement.IsCurrent)
        {
            return await PositionReads.ConflictAsync(contexts, user, position.Id, cancellationToken, $"'{requirement.Name}' was retired; it is no longer on the feedback form.");
        }

        var from = PositionReads.Place(position, requirement.Id);
        position.MoveRequirement(requirement.Id, command.Index!.Value);
        var to = PositionReads.Place(position, requirement.Id);
        if (from == to)
        {
            return await PositionReads.ViewAsync(db, position, withRetired: true, cancellationToken);
        }

        db.Audit(user, AuditActions.RequirementMoved, PositionReads.Subject, position.Id, $"'{requirement.Name}' moved from place {from} to place {to}", now);
        if (await PositionReads.SaveAsync(db, contexts, user, position, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return await PositionReads.ViewAsync(db, position, withRetired: true, cancellationToken);
    }
}

public sealed class MoveRequirementValidator : AbstractValidator<MoveRequirementCommand>
{
    public MoveRequirementValidator()
    {
        RuleFor(c => c.Index).NotNull().WithMessage("Say where to move it: 0 is first.")
            .GreaterThanOrEqualTo(0).WithMessage("Say where to move it: 0 is first.");
    }
}
