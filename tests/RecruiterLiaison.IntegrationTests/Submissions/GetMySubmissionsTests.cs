using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Submissions.GetMySubmissions;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Submissions;

[Collection(DatabaseCollection.Name)]
public sealed class GetMySubmissionsTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_candidate_sees_only_their_own_submissions()
    {
        var priya = await fixture.UserAsync("candidate@demo.test");

        var submissions = await fixture.Get<GetMySubmissionsHandler>().HandleAsync(priya);

        submissions.Select(s => s.Position).ShouldContain("Senior Backend Engineer");
        submissions.Select(s => s.Position).ShouldContain("Financial Systems Analyst");
        submissions.ShouldAllBe(s => s.Candidate == "Priya Raman");
        submissions.SelectMany(s => s.Interviews).SelectMany(i => i.Interviewers).ShouldContain(v => v.Title == "Chief Executive Officer" && v.Seniority == "Executive");
    }

    [Fact]
    public async Task A_recruiter_sees_the_agency_and_nothing_of_the_other_agency()
    {
        var recruiter = await fixture.UserAsync("recruiter@demo.test");
        var other = await fixture.UserAsync("recruiter@meridian.test");

        var mine = await fixture.Get<GetMySubmissionsHandler>().HandleAsync(recruiter);
        var theirs = await fixture.Get<GetMySubmissionsHandler>().HandleAsync(other);

        await using var db = await fixture.OpenAsync();
        mine.Count.ShouldBe(await db.Submissions.CountAsync(s => s.AgencyId == recruiter.AgencyId));
        theirs.Count.ShouldBe(await db.Submissions.CountAsync(s => s.AgencyId == other.AgencyId));
        mine.Select(s => s.Id).Intersect(theirs.Select(s => s.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_client_contact_sees_only_submissions_at_their_company()
    {
        var aisha = await fixture.UserAsync("client2@demo.test");

        var submissions = await fixture.Get<GetMySubmissionsHandler>().HandleAsync(aisha);

        submissions.ShouldHaveSingleItem().Client.ShouldBe("Corvid Health");
    }

    [Fact]
    public async Task A_client_does_not_see_a_candidate_still_at_the_recruiter_screen()
    {
        var sarah = await fixture.UserAsync("client@demo.test");
        var submissionId = await PutPriyaForwardInternallyAsync();

        var submissions = await fixture.Get<GetMySubmissionsHandler>().HandleAsync(sarah);

        submissions.ShouldNotContain(s => s.Id == submissionId);
        submissions.ShouldAllBe(s => s.Stage != Domain.Submissions.SubmissionStage.RecruiterScreen);
        (await fixture.Get<GetMySubmissionsHandler>().HandleAsync(await fixture.UserAsync("recruiter@demo.test"))).ShouldContain(s => s.Id == submissionId);
    }

    /// <summary>A new submission of Priya to Halcyon's data role, still with the recruiter.</summary>
    private async Task<Guid> PutPriyaForwardInternallyAsync()
    {
        await using var db = await fixture.OpenAsync();
        var priya = await db.Candidates.SingleAsync(c => c.Name == "Priya Raman");
        var position = await db.Positions.SingleAsync(p => p.Title == "Data Platform Lead");
        var existing = await db.Submissions.SingleOrDefaultAsync(s => s.CandidateId == priya.Id && s.PositionId == position.Id);
        if (existing is not null)
        {
            return existing.Id;
        }

        var submission = new Domain.Submissions.Submission(priya.AgencyId, priya.Id, position.Id, fixture.Clock.GetUtcNow());
        db.Submissions.Add(submission);
        await db.SaveChangesAsync();
        return submission.Id;
    }
}
