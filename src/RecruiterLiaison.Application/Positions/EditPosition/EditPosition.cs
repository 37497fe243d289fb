using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Positions.GetPosition;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Positions.EditPosition;

/// <summary>Changes a position's title, location and description; <c>Version</c> is the position's as the caller read it.</summary>
public sealed record EditPositionCommand(Guid PositionId, uint Version, string? Title, string? Location, string? Description);

public sealed class EditPositionHandler(IAppDbContextFactory contexts, IValidator<EditPositionCommand> validator, TimeProvider clock)
{
    public async Task<Result<PositionView>> HandleAsync(CurrentUser user, EditPositionCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var position = await PositionReads.FindAsync(db, user, command.PositionId, cancellationToken);
        if (position is null)
        {
            await contexts.AuditRefusalAsync(user, PositionReads.Subject, command.PositionId, "edit a position", now);
            return Failure.NotFound("position");
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

        var before = Describe(position.Title, position.Location, position.Description);
        try
        {
            position.Update(command.Title!, command.Location, command.Description);
        }
        catch (DomainException exception)
        {
            return Failure.Invalid(exception.Message);
        }

        var after = Describe(position.Title, position.Location, position.Description);
        if (after != before)
        {
            db.Audit(user, AuditActions.PositionUpdated, PositionReads.Subject, position.Id, $"{before} → {after}", now);
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

    private static string Describe(string title, string? location, string description) =>
        $"{title}{(location is null ? "" : $" ({location})")}: {(description.Length > 200 ? description[..200] + "…" : description)}";
}

public sealed class EditPositionValidator : AbstractValidator<EditPositionCommand>
{
    public EditPositionValidator()
    {
        RuleFor(c => c.Version).RowVersion();
        RuleFor(c => c.Title).PositionTitle();
        RuleFor(c => c.Location).PositionLocation();
        RuleFor(c => c.Description).PositionDescription();
    }
}
