using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Application.Candidates.ListCandidates;

public enum CandidateSort
{
    Name,
    Email,
    Location,
    ActiveSubmissions,
}

/// <param name="Search">Part of a name or an e-mail address, any case.</param>
public sealed record ListCandidatesQuery(string? Search, PageRequest Page, CandidateSort Sort = CandidateSort.Name, bool Descending = false);

/// <param name="ActiveSubmissions">Submissions not yet closed (placed, rejected, withdrawn or removed).</param>
public sealed record CandidateRow(Guid Id, string Name, string Email, string? Phone, string? Location, bool HasAccount, int ActiveSubmissions);

/// <summary>The agency's candidates for recruiters and admins: searched, sorted and paged by the database.</summary>
public sealed class ListCandidatesHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<Paged<CandidateRow>>> HandleAsync(CurrentUser user, ListCandidatesQuery query, CancellationToken cancellationToken = default)
    {
        if (!user.IsStaff)
        {
            await contexts.AuditRefusalAsync(user, "Agency", user.AgencyId, "list the agency's candidates", clock.GetUtcNow());
            return new Failure(FailureKind.Forbidden, "Only recruiters and admins keep candidates.");
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var candidates = db.Candidates.AsNoTracking().Where(c => c.AgencyId == user.AgencyId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLower();
            candidates = candidates.Where(c => c.Name.ToLower().Contains(term) || c.Email.ToLower().Contains(term));
        }

        var rows = candidates.Select(c => new
        {
            c.Id,
            c.Name,
            c.Email,
            c.Phone,
            c.Location,
            HasAccount = c.UserId != null,
            ActiveSubmissions = db.Submissions.Count(s => s.CandidateId == c.Id && !Submission.ClosedStages.Contains(s.Stage)),
        });
        var sorted = (query.Sort, query.Descending) switch
        {
            (CandidateSort.Email, false) => rows.OrderBy(r => r.Email),
            (CandidateSort.Email, true) => rows.OrderByDescending(r => r.Email),
            (CandidateSort.Location, false) => rows.OrderBy(r => r.Location),
            (CandidateSort.Location, true) => rows.OrderByDescending(r => r.Location),
            (CandidateSort.ActiveSubmissions, false) => rows.OrderBy(r => r.ActiveSubmissions),
            (CandidateSort.ActiveSubmissions, true) => rows.OrderByDescending(r => r.ActiveSubmissions),
            (_, true) => rows.OrderByDescending(r => r.Name),
            _ => rows.OrderBy(r => r.Name),
        };

        // The id last, so a page boundary between two equal names is the same on every read.
        return await sorted.ThenBy(r => r.Id)
            .Select(r => new CandidateRow(r.Id, r.Name, r.Email, r.Phone, r.Location, r.HasAccount, r.ActiveSubmissions))
            .ToPagedAsync(query.Page, cancellationToken);
    }
}
