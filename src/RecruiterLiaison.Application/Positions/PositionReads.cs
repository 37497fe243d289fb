using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Positions.GetPosition;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Positions;

namespace RecruiterLiaison.Application.Positions;

/// <summary>Reads and writes shared by the position use cases.</summary>
internal static class PositionReads
{
    public const string Subject = nameof(Position);

    public const string RequirementSubject = nameof(Requirement);


    /// <summary>The caller's agency's position with all its requirements, tracked for a change; null when not theirs to change.</summary>
    public static Task<Position?> FindAsync(IAppDbContext db, CurrentUser user, Guid positionId, CancellationToken cancellationToken) =>
        user.IsStaff
            ? db.Positions.Include(p => p.Requirements).SingleOrDefaultAsync(p => p.Id == positionId && p.AgencyId == user.AgencyId, cancellationToken)
            : Task.FromResult<Position?>(null);

    /// <summary>The position a requirement belongs to, as <see cref="FindAsync"/> finds it.</summary>
    public static Task<Position?> FindByRequirementAsync(IAppDbContext db, CurrentUser user, Guid requirementId, CancellationToken cancellationToken) =>
        user.IsStaff
            ? db.Positions.Include(p => p.Requirements).SingleOrDefaultAsync(p => p.AgencyId == user.AgencyId && p.Requirements.Any(r => r.Id == requirementId), cancellationToken)
            : Task.FromResult<Position?>(null);

    /// <summary>
    /// The position with its current requirements in order (what feedback forms rate) and, for
    /// the agency's staff, the retired ones; each says whether client feedback has rated it.
    /// </summary>
    public static async Task<PositionView> ViewAsync(IAppDbContext db, Position position, bool withRetired, CancellationToken cancellationToken)
    {
        var client = await db.ClientCompanies.Where(c => c.Id == position.ClientCompanyId).Select(c => c.Name).SingleAsync(cancellationToken);
        var ids = position.Requirements.Select(r => r.Id).ToList();
        var rated = (await db.ClientFeedback.SelectMany(f => f.Ratings).Where(r => ids.Contains(r.RequirementId)).Select(r => r.RequirementId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        RequirementItem Item(Requirement r) => new(r.Id, r.Name, r.Ordinal, r.RetiredAt, rated.Contains(r.Id));
        return new PositionView(position.Id, position.ClientCompanyId, client, position.Title, position.Location, position.Description, position.Status, position.Version,
            position.CurrentRequirements.Select(Item).ToList(),
            withRetired ? position.Requirements.Where(r => !r.IsCurrent).OrderBy(r => r.RetiredAt).Select(Item).ToList() : []);
    }

    /// <summary>Whether any client feedback rates the requirement: then it may only be retired.</summary>
    public static Task<bool> HasRatingsAsync(IAppDbContext db, Guid requirementId, CancellationToken cancellationToken) =>
        db.ClientFeedback.AnyAsync(f => f.Ratings.Any(r => r.RequirementId == requirementId), cancellationToken);

    /// <summary>
    /// The position and its requirements are edited as one: a change to a requirement writes the
    /// position's row too, so its version moves and an editor holding the old one gets a conflict.
    /// </summary>
    public static void Touch(IAppDbContext db, Position position) => db.Entry(position).Property(p => p.Title).IsModified = true;

    /// <summary>
    /// Saves a change to the position or its requirements as one new version of the position:
    /// null when saved, the conflict (with the position as it now stands) when someone saved first.
    /// </summary>
    public static async Task<Failure?> SaveAsync(IAppDbContext db, IAppDbContextFactory contexts, CurrentUser user, Position position, CancellationToken cancellationToken)
    {
        Touch(db, position);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(contexts, user, position.Id, cancellationToken);
        }
    }

    /// <summary>The position as it now stands, for the editor whose version was stale.</summary>
    public static async Task<Failure> ConflictAsync(IAppDbContextFactory contexts, CurrentUser user, Guid positionId, CancellationToken cancellationToken, string? message = null)
    {
        await using var fresh = await contexts.CreateAsync(cancellationToken);
        var position = await FindAsync(fresh, user, positionId, cancellationToken);
        if (position is null)
        {
            return Failure.NotFound("position");
        }

        return Failure.Conflict(message ?? await StaleEdits.MessageAsync(fresh, Subject, positionId, "position", cancellationToken), await ViewAsync(fresh, position, withRetired: true, cancellationToken));
    }

    public static string Place(Position position, Guid requirementId) =>
        (position.CurrentRequirements.ToList().FindIndex(r => r.Id == requirementId) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
