using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.Feedback.AnswerAsClient;
using RecruiterLiaison.Application.Feedback.AnswerFeedbackRequest;
using RecruiterLiaison.Application.Feedback.AskClientForFeedback;
using RecruiterLiaison.Application.Feedback.PostFeedback;
using RecruiterLiaison.Application.Feedback.RequestFeedback;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Infrastructure.Jobs;

using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Feedback;

[Collection(FeedbackMailCollection.Name)]
public sealed class AskClientTests(ChaseFixture fixture)
{
    [Fact]
    public async Task A_request_put_to_the_client_is_chased_once_per_step_and_stops_when_the_client_answers()
    {
        var aisha = await fixture.UserAsync("client2@demo.test");
        var priya = await fixture.UserAsync("candidate@demo.test");
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var (interview, submission, requirements) = await FirstRound.OfAsync(fixture, "Priya Raman", "Financial Systems Analyst");

        var ratings = requirements.Select((id, index) => new RatingInput(id, index == 0 ? 2 : 3, index == 0 ? "Configured reports only, not the ERP itself." : "")).ToList();
        (await fixture.Get<PostFeedbackHandler>().HandleAsync(aisha, new PostFeedbackCommand(interview, FeedbackDecision.Reject, ratings, ""))).Succeeded.ShouldBeTrue();
        (await fixture.Get<RequestFeedbackHandler>().HandleAsync(priya, submission)).Succeeded.ShouldBeTrue();

        var due = (await fixture.Get<AskClientForFeedbackHandler>().HandleAsync(daniel, submission)).Value;
        (await fixture.Get<AnswerAsClientHandler>().PendingAsync(aisha)).ShouldHaveSingleItem().SubmissionId.ShouldBe(submission);

        // Due: one reminder; the same instant again: none.
        (await RunAsync(due)).ShouldHaveSingleItem().Step.ShouldBe(1);
        (await RunAsync(due)).ShouldBeEmpty();

        // The client answers: no more reminders, and the recruiter sees the answer.
        (await fixture.Get<AnswerAsClientHandler>().HandleAsync(aisha, submission, "Hands-on ERP configuration was the gap.")).Succeeded.ShouldBeTrue();
        (await RunAsync(due.AddDays(30))).ShouldBeEmpty();
        (await fixture.Get<AnswerFeedbackRequestHandler>().GetAsync(daniel, submission))!.ClientAnswer.ShouldBe("Hands-on ERP configuration was the gap.");
        (await fixture.Get<AnswerFeedbackRequestHandler>().GetAsync(priya, submission))!.ClientAnswer.ShouldBeNull();
    }

    private async Task<IReadOnlyList<Application.Feedback.ChaseFeedbackRequests.RequestChaseReport>> RunAsync(DateTimeOffset at)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<JobRunner>().RunOnceAsync(at)).RequestChases;
    }
}
