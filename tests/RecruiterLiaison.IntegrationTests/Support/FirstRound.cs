using Microsoft.EntityFrameworkCore;

namespace RecruiterLiaison.IntegrationTests.Support;

/// <summary>A candidate's first interview for a position, with the position's requirements in order.</summary>
public sealed record FirstRound(Guid InterviewId, Guid SubmissionId, IReadOnlyList<Guid> Requirements)
{
    public static async Task<FirstRound> OfAsync(DatabaseFixture fixture, string candidate, string position)
    {
        await using var db = await fixture.OpenAsync();
        var row = await (
                from i in db.Interviews
                join s in db.Submissions on i.SubmissionId equals s.Id
                join c in db.Candidates on s.CandidateId equals c.Id
                join p in db.Positions on s.PositionId equals p.Id
                where c.Name == candidate && p.Title == position && i.Round == 1
                select new { i.Id, SubmissionId = s.Id, s.PositionId })
            .SingleAsync();
        var requirements = await db.Requirements.Where(r => r.PositionId == row.PositionId).OrderBy(r => r.Ordinal).Select(r => r.Id).ToListAsync();
        return new FirstRound(row.Id, row.SubmissionId, requirements);
    }
}
