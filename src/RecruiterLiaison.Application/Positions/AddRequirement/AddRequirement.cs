using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Positions.GetPosition;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Positions.AddRequirement;

/// <summary>Adds a requirement at the end of the position's list; with a version, only if the position is as the caller read it.</summary>
public sealed record AddRequirementCommand(Guid PositionId, string? Name, uint? Version = null);

/// <summary>A requirement and the position it belongs to after the change (with the position's new version).</summary>
public sealed record RequirementChanged(RequirementItem Requirement, PositionView Position);

/// <summary>Feedback forms ask about it from now on; feedback already given is unchanged.</summary>
public sealed class AddRequirementHandler(IAppDbContextFactory contexts, IValidator<AddRequirementCommand> validator, TimeProvider clock)
{
    public async Task<Result<RequirementChanged>> HandleAsync(CurrentUser user, AddRequirementCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var position = await PositionReads.FindAsync(db, user, command.PositionId, cancellationToken);
        if (position is null)
        {
            await contexts.AuditRefusalAsync(user, PositionReads.Subject, command.PositionId, "add a requirement", now);
            return Failure.NotFound("position");
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

        Domain.Positions.Requirement requirement;
        try
        {
            requirement = position.AddRequirement(command.Name!);
        }
        catch (DomainException exception)
        {
            return Failure.Field("name", exception.Message);
        }

        db.Audit(user, AuditActions.RequirementAdded, PositionReads.Subject, position.Id, $"Added '{requirement.Name}' to {position.Title} at place {PositionReads.Place(position, requirement.Id)}", now);
        if (await PositionReads.SaveAsync(db, contexts, user, position, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        var view = await PositionReads.ViewAsync(db, position, withRetired: true, cancellationToken);
        return new RequirementChanged(view.Requirements.Single(r => r.Id == requirement.Id), view);
    }
}

public sealed class AddRequirementValidator : AbstractValidator<AddRequirementCommand>
{
    public AddRequirementValidator()
    {
        RuleFor(c => c.Name).RequirementName();
    }
}
