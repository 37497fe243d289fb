using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Application.Candidates.GetCandidate;

public sealed record CandidateSubmission(Guid Id, Guid PositionId, string Position, Guid ClientId, string Client, SubmissionStage Stage, bool IsClosed, DateTimeOffset SubmittedAt);

public sealed record CandidateNote(Guid Id, Guid SubmissionId, string Position, NoteKind Kind, NoteStatus Status, string Recipient, DateTimeOffset SubmittedAt);

/// <param name="Version">The row version an edit must carry.</param>
/// <param name="HasAccount">Whether the candidate has accepted an invitation and can sign in.</param>
public sealed record CandidateDetail(
    Guid Id, string Name, string Email, string? Phone, string? Location, string? Profile, bool HasAccount, uint Version,
    IReadOnlyList<CandidateSubmission> Submissions, IReadOnlyList<CandidateNote> Notes);

/// <summary>A candidate with every submission (position, client, stage) and every note they wrote, for recruiters and admins.</summary>
public sealed class GetCandidateHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<CandidateDetail>> HandleAsync(CurrentUser user, Guid candidateId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var detail = user.IsStaff ? await ReadAsync(db, user.AgencyId, candidateId, cancellationToken) : null;
        if (detail is null)
        {
            await contexts.AuditRefusalAsync(user, "Candidate", candidateId, "read a candidate", clock.GetUtcNow());
            return Failure.NotFound("candidate");
        }

        return detail;
    }

    /// <summary>The candidate as it now stands, or null when it is not the agency's.</summary>
    internal static async Task<CandidateDetail?> ReadAsync(IAppDbContext db, Guid agencyId, Guid candidateId, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId && c.AgencyId == agencyId, cancellationToken);
        if (candidate is null)
        {
            return null;
        }

        var submissions = await (
                from s in db.Submissions.AsNoTracking()
                where s.CandidateId == candidateId
                join p in db.Positions on s.PositionId equals p.Id
                join company in db.ClientCompanies on p.ClientCompanyId equals company.Id
                orderby s.SubmittedAt descending
                select new { s.Id, PositionId = p.Id, Position = p.Title, ClientId = company.Id, Client = company.Name, s.Stage, s.SubmittedAt })
            .ToListAsync(cancellationToken);
        var notes = await (
                from n in db.Notes.AsNoTracking()
                where n.CandidateId == candidateId
                join s in db.Submissions on n.SubmissionId equals s.Id
                join p in db.Positions on s.PositionId equals p.Id
                join r in db.ClientContacts on n.RecipientContactId equals r.Id
                orderby n.SubmittedAt descending
                select new CandidateNote(n.Id, n.SubmissionId, p.Title, n.Kind, n.Status, r.Name, n.SubmittedAt))
            .ToListAsync(cancellationToken);
        return new CandidateDetail(candidate.Id, candidate.Name, candidate.Email, candidate.Phone, candidate.Location, candidate.Profile, candidate.UserId is not null, candidate.Version,
            submissions.Select(s => new CandidateSubmission(s.Id, s.PositionId, s.Position, s.ClientId, s.Client, s.Stage, Submission.ClosedStages.Contains(s.Stage), s.SubmittedAt)).ToList(),
            notes);
    }
}
