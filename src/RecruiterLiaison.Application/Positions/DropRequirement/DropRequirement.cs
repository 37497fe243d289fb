using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Positions.GetPosition;

namespace RecruiterLiaison.Application.Positions.DropRequirement;

/// <summary>Takes a requirement off the position's feedback form; with a version, only if the position is as the caller read it.</summary>
public sealed record DropRequirementCommand(Guid RequirementId, uint? Version = null);

/// <summary><c>Retired</c>: it had ratings, so it stays (marked retired) with the feedback that rated it; otherwise it was deleted.</summary>
public sealed record DroppedRequirement(Guid RequirementId, string Name, bool Retired, PositionView Position);

/// <summary>
/// A requirement that client feedback has rated is retired, never deleted, so that feedback
/// still reads whole; one nobody has rated is deleted.
/// </summary>
public sealed class DropRequirementHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<DroppedRequirement>> HandleAsync(CurrentUser user, DropRequirementCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var position = await PositionReads.FindByRequirementAsync(db, user, command.RequirementId, cancellationToken);
        if (position is null)
        {
            await contexts.AuditRefusalAsync(user, PositionReads.RequirementSubject, command.RequirementId, "drop a requirement", now);
            return Failure.NotFound("requirement");
        }

        if (command.Version is { } version && version != position.Version)
        {
            return await PositionReads.ConflictAsync(contexts, user, position.Id, cancellationToken);
        }

        var requirement = position.Requirements.Single(r => r.Id == command.RequirementId);
        if (!requirement.IsCurrent)
        {
            return await PositionReads.ConflictAsync(contexts, user, position.Id, cancellationToken, $"'{requirement.Name}' was already retired.");
        }

        var hasRatings = await PositionReads.HasRatingsAsync(db, requirement.Id, cancellationToken);
        var place = PositionReads.Place(position, requirement.Id);
        var retired = position.DropRequirement(requirement.Id, hasRatings, now);
        PositionReads.Touch(db, position);
        db.Audit(user, retired ? AuditActions.RequirementRetired : AuditActions.RequirementDeleted, PositionReads.Subject, position.Id,
            retired ? $"'{requirement.Name}' (place {place}) retired: client feedback has rated it" : $"'{requirement.Name}' (place {place}) deleted: no feedback had rated it", now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await PositionReads.ConflictAsync(contexts, user, position.Id, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Feedback rating it was posted at this very moment (ratings keep their requirement).
            return await PositionReads.ConflictAsync(contexts, user, position.Id, cancellationToken, $"Feedback rating '{requirement.Name}' arrived just now; drop it again to retire it.");
        }

        return new DroppedRequirement(requirement.Id, requirement.Name, retired, await PositionReads.ViewAsync(db, position, withRetired: true, cancellationToken));
    }
}
