using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Positions.GetPosition;

public sealed record PositionView(Guid Id, string Title, IReadOnlyList<RequirementItem> Requirements);

public sealed record RequirementItem(Guid Id, string Name);

/// <summary>A position and its requirements, for those who may see it: the agency's recruiters and admins, candidates submitted to it, contacts at its client.</summary>
public sealed class GetPositionHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<PositionView?> HandleAsync(CurrentUser user, Guid positionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var position = await db.Positions.AsNoTracking().Include(p => p.Requirements).SingleOrDefaultAsync(p => p.Id == positionId && p.AgencyId == user.AgencyId, cancellationToken);
        var visible = position is not null && user.Role switch
        {
            Role.Recruiter or Role.AgencyAdmin => true,
            Role.Candidate => await db.Submissions.AnyAsync(s => s.PositionId == positionId && db.Candidates.Any(c => c.Id == s.CandidateId && c.UserId == user.UserId), cancellationToken),
            Role.Client => await db.ClientContacts.AnyAsync(c => c.UserId == user.UserId && c.ClientCompanyId == position.ClientCompanyId, cancellationToken),
            _ => false,
        };
        if (!visible)
        {
            await contexts.AuditRefusalAsync(user, "Position", positionId, "read a position", clock.GetUtcNow());
            return null;
        }

        return new PositionView(position!.Id, position.Title, position.Requirements.OrderBy(r => r.Ordinal).Select(r => new RequirementItem(r.Id, r.Name)).ToList());
    }
}
