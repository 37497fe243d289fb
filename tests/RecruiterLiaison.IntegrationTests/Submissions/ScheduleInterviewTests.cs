using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Interviews.ScheduleInterview;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Submissions;

[Collection(DatabaseCollection.Name)]
public sealed class ScheduleInterviewTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Booking_a_first_interview_opens_its_feedback_window_three_working_days_after_it_ends()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        Guid submission;
        await using (var db = await fixture.OpenAsync())
        {
            submission = await (from s in db.Submissions join p in db.Positions on s.PositionId equals p.Id where p.Title == "Data Platform Lead" select s.Id).SingleAsync();
        }

        var contacts = await fixture.Get<ScheduleInterviewHandler>().ContactsForAsync(daniel, submission);
        var friday = new DateTimeOffset(2026, 11, 27, 14, 0, 0, TimeSpan.Zero);

        var result = await fixture.Get<ScheduleInterviewHandler>().HandleAsync(daniel, new ScheduleInterviewCommand(submission, friday, 60, InterviewFormat.Video, [contacts.First(c => c.Name == "James Porter").Id]));

        var interviewId = result.Value;
        await using var check = await fixture.OpenAsync();
        var window = await check.FeedbackWindows.SingleAsync(w => w.InterviewId == interviewId);
        window.DueAt.ShouldBe(WorkingCalendar.AddWorkingDays(friday.AddHours(1), 3, WorkingCalendar.Zone("Europe/London")));
        window.DueAt.DayOfWeek.ShouldBe(DayOfWeek.Wednesday);
        window.Status.ShouldBe(FeedbackWindowStatus.Open);
        (await check.Submissions.SingleAsync(s => s.Id == submission)).Stage.ShouldBe(SubmissionStage.FirstClientInterview);
    }

    [Fact]
    public async Task An_interviewer_from_another_company_or_a_missing_time_is_refused_field_by_field()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        Guid submission, aisha;
        await using (var db = await fixture.OpenAsync())
        {
            submission = await (from s in db.Submissions join p in db.Positions on s.PositionId equals p.Id join c in db.Candidates on s.CandidateId equals c.Id
                                where p.Title == "Senior Backend Engineer" && c.Name == "Priya Raman" select s.Id).SingleAsync();
            aisha = await db.ClientContacts.Where(c => c.Name == "Aisha Karim").Select(c => c.Id).SingleAsync();
        }

        var result = await fixture.Get<ScheduleInterviewHandler>().HandleAsync(daniel, new ScheduleInterviewCommand(submission, null, 60, null, [aisha]));

        result.Failure!.Errors!.Keys.ShouldBe(["scheduledAt", "format", "interviewerContactIds"], ignoreOrder: true);
        (await fixture.Get<ScheduleInterviewHandler>().HandleAsync(await fixture.UserAsync("recruiter@meridian.test"), new ScheduleInterviewCommand(submission, DateTimeOffset.UtcNow, 60, InterviewFormat.Phone, [aisha])))
            .Failure!.Kind.ShouldBe(FailureKind.NotFound);
    }
}
