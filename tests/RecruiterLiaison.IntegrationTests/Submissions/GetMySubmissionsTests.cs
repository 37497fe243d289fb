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

        submissions.Count.ShouldBe(2);
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

        mine.Count.ShouldBe(4);
        theirs.Count.ShouldBe(1);
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

        var submissions = await fixture.Get<GetMySubmissionsHandler>().HandleAsync(sarah);

        submissions.ShouldNotContain(s => s.Position == "Data Platform Lead");
        submissions.ShouldAllBe(s => s.Stage != Domain.Submissions.SubmissionStage.RecruiterScreen);
    }
}
