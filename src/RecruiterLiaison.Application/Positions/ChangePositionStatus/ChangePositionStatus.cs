using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Positions.GetPosition;
using RecruiterLiaison.Domain.Positions;

namespace RecruiterLiaison.Application.Positions.ChangePositionStatus;

/// <summary>Open, on hold, filled or closed; with a version, only if nobody changed the position since the caller read it.</summary>
public sealed record ChangePositionStatusCommand(Guid PositionId, PositionStatus? Status, uint? Version = null);

/// <summary>Only an open position takes new candidates; the others keep their submissions and history.</summary>
public sealed class ChangePositionStatusHandler(IAppDbContextFactory contexts, IValidator<ChangePositionStatusCommand> validator, TimeProvider clock)
{
    public async Task<Result<PositionView>> HandleAsync(CurrentUser user, ChangePositionStatusCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var position = await PositionReads.FindAsync(db, user, command.PositionId, cancellationToken);
        if (position is null)
        {
            await contexts.AuditRefusalAsync(user, PositionReads.Subject, command.PositionId, "change a position's status", now);
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

        var before = position.Status;
        if (before != command.Status!.Value)
        {
            position.ChangeStatus(command.Status.Value);
            db.Audit(user, AuditActions.PositionStatusChanged, PositionReads.Subject, position.Id, $"{position.Title}: {before} → {position.Status}", now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return await PositionReads.ConflictAsync(contexts, user, position.Id, cancellationToken);
            }
        }

        return await PositionReads.ViewAsync(db, position, withRetired: true, cancellationToken);
    }
}

public sealed class ChangePositionStatusValidator : AbstractValidator<ChangePositionStatusCommand>
{
    public ChangePositionStatusValidator()
    {
        RuleFor(c => c.Status).NotNull().WithMessage("Choose Open, OnHold, Filled or Closed.").IsInEnum().WithMessage("Choose Open, OnHold, Filled or Closed.");
    }
}
