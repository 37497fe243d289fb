using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Positions;

namespace RecruiterLiaison.Application.Positions.GetPosition;

/// <summary>
/// A position: <c>Requirements</c> are the current ones in order, which feedback forms rate;
/// <c>RetiredRequirements</c> (the agency's staff only) left the form but keep their ratings.
/// <c>Version</c> covers the position and its requirements.
/// </summary>
public sealed record PositionView(
    Guid Id, Guid ClientCompanyId, string Client, string Title, string? Location, string Description, PositionStatus Status, uint Version,
    IReadOnlyList<RequirementItem> Requirements, IReadOnlyList<RequirementItem> RetiredRequirements);

/// <summary>A requirement; <c>HasRatings</c> says whether dropping it would retire it (true) or delete it.</summary>
public sealed record RequirementItem(Guid Id, string Name, int Ordinal, DateTimeOffset? RetiredAt, bool HasRatings);

/// <summary>A position and its requirements, for those who may see it: the agency's recruiters and admins, candidates submitted to it, contacts at its client.</summary>
public sealed class GetPositionHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<PositionView?> HandleAsync(CurrentUser user, Guid positionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var position = await db.Positions.AsNoTracking().Include(p => p.Requirements).SingleOrDefaultAsync(p => p.Id == positionId && p.AgencyId == user.AgencyId, cancellationToken);
        var staff = user.IsStaff;
        var visible = position is not null && user.Role switch
        {
            Role.Recruiter or Role.AgencyAdmin => true,
            Role.Candidate => await db.Submissions.AnyAsync(s => s.PositionId == positionId && db.Candidates.Any(c => c.Id == s.CandidateId && c.UserId == user.UserId), cancellationToken),
            Role.Client => await db.ClientContacts.AnyAsync(c => c.UserId == user.UserId && c.ClientCompanyId == position.ClientCompanyId, cancellationToken),
            _ => false,
        };
        if (!visible)
        {
            await contexts.AuditRefusalAsync(user, PositionReads.Subject, positionId, "read a position", clock.GetUtcNow());
            return null;
        }

        return await PositionReads.ViewAsync(db, position!, withRetired: staff, cancellationToken);
    }
}
