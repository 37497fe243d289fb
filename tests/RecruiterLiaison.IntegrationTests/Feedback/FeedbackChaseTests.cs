using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Infrastructure.Jobs;
using RecruiterLiaison.Infrastructure.Messaging;

namespace RecruiterLiaison.IntegrationTests.Feedback;

/// <summary>
/// Feedback chases with a controlled clock. The demo agency chases at the due time, then every
/// 2 working days, at most 3 times. Seeded as of Wed 18 Nov 2026 10:00 UTC, Tom Whitfield's
/// round-1 window (due Thu 12 Nov) is already overdue.
/// </summary>
[Collection(ChaseCollection.Name)]
public sealed class FeedbackChaseTests(ChaseFixture fixture)
{
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Chases_follow_the_schedule_once_per_step_and_every_email_arrives_once()
    {
        var tomsWindow = await WindowOfAsync("Tom Whitfield", 1);

        // The window has passed its due time: one chase. The same instant again: nothing.
        (await RunAsync(Wednesday)).ShouldHaveSingleItem().WindowId.ShouldBe(tomsWindow);
        (await RunAsync(Wednesday)).ShouldBeEmpty();

        // Not before the interval (2 working days from the previous chase: Friday 10:00).
        (await RunAsync(Wednesday.AddDays(1))).ShouldNotContain(c => c.WindowId == tomsWindow);

        // Friday 13:00: Tom's second chase is due, and so are two more windows. Two runners at once send each once.
        var friday = new DateTimeOffset(2026, 11, 20, 13, 0, 0, TimeSpan.Zero);
        var both = await Task.WhenAll(RunInOwnScopeAsync(friday), RunInOwnScopeAsync(friday));
        var chased = both.SelectMany(r => r).ToList();
        chased.Select(c => c.WindowId).ShouldBeUnique();
        chased.ShouldContain(c => c.WindowId == tomsWindow && c.Step == 2);
        chased.Count.ShouldBe(3);

        // A late run catches up with one chase, never several; the third is the last.
        var muchLater = new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.Zero);
        var late = await RunAsync(muchLater);
        late.Single(c => c.WindowId == tomsWindow).ShouldSatisfyAllConditions(c => c.Step.ShouldBe(3), c => c.WasLast.ShouldBeTrue());
        (await RunAsync(muchLater.AddDays(30))).ShouldNotContain(c => c.WindowId == tomsWindow);

        await using (var db = await fixture.OpenAsync())
        {
            var window = await db.FeedbackWindows.Include(w => w.Chases).SingleAsync(w => w.Id == tomsWindow);
            window.Chases.Select(c => c.Step).ShouldBe([1, 2, 3]);
            window.Status.ShouldBe(FeedbackWindowStatus.Overdue);
            var daniel = await fixture.UserAsync("recruiter@demo.test");
            (await db.Notifications.AnyAsync(n => n.UserId == daniel.UserId && n.Title.StartsWith("Call "))).ShouldBeTrue("after the last chase the recruiter is told to call");
        }

        // Every chase e-mail reached the SMTP server, exactly once.
        await DispatchAsync(muchLater.AddDays(31));
        await using var check = await fixture.OpenAsync();
        var outbox = await check.OutboxMessages.ToListAsync();
        outbox.ShouldAllBe(m => m.SentAt != null);
        var received = fixture.Smtp.Received;
        received.Count.ShouldBe(outbox.Count);
        foreach (var message in outbox)
        {
            received.Count(r => r.To.Contains(message.ToAddress) && r.Subject == message.Subject).ShouldBe(outbox.Count(o => o.ToAddress == message.ToAddress && o.Subject == message.Subject));
        }

        received.Count(r => r.Subject.Contains("Tom Whitfield", StringComparison.Ordinal) && r.To.Contains("client@demo.test")).ShouldBe(3);
    }

    private async Task<Guid> WindowOfAsync(string candidate, int round)
    {
        await using var db = await fixture.OpenAsync();
        return await (
                from w in db.FeedbackWindows
                join i in db.Interviews on w.InterviewId equals i.Id
                join s in db.Submissions on i.SubmissionId equals s.Id
                join c in db.Candidates on s.CandidateId equals c.Id
                where c.Name == candidate && i.Round == round && s.Stage == Domain.Submissions.SubmissionStage.FirstClientInterview
                select w.Id)
            .SingleAsync();
    }

    private async Task<IReadOnlyList<Application.Feedback.ChaseOverdueFeedback.ChaseReport>> RunAsync(DateTimeOffset at)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<JobRunner>().RunOnceAsync(at)).Chases;
    }

    private Task<IReadOnlyList<Application.Feedback.ChaseOverdueFeedback.ChaseReport>> RunInOwnScopeAsync(DateTimeOffset at) => Task.Run(() => RunAsync(at));

    private async Task DispatchAsync(DateTimeOffset at)
    {
        // Two dispatchers at once, as with two app instances: still one delivery per message.
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var scope = fixture.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunOnceAsync(at);
        })));
    }
}
