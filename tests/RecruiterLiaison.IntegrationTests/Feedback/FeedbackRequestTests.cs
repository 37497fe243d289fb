using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Feedback.AnswerFeedbackRequest;
using RecruiterLiaison.Application.Feedback.PostFeedback;
using RecruiterLiaison.Application.Feedback.RelayFeedbackSummary;
using RecruiterLiaison.Application.Feedback.RequestFeedback;
using RecruiterLiaison.Application.Submissions.GetMySubmissions;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Infrastructure.Messaging;

using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Feedback;

[CollectionDefinition(Name)]
public sealed class FeedbackMailCollection : ICollectionFixture<ChaseFixture>
{
    public const string Name = "feedback-mail";
}

/// <summary>A rejection, its relayed summary, a feedback request and its answer; every e-mail they cause arrives once.</summary>
[Collection(FeedbackMailCollection.Name)]
public sealed class FeedbackRequestTests(ChaseFixture fixture)
{
    [Fact]
    public async Task A_feedback_request_is_answered_through_the_recruiter_a_second_is_refused_and_each_email_arrives_once()
    {
        var sarah = await fixture.UserAsync("client@demo.test");
        var tom = await fixture.UserAsync("candidate2@demo.test");
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var (interview, submission, requirements) = await FirstRound.OfAsync(fixture, "Tom Whitfield", "Senior Backend Engineer");

        var ratings = requirements.Select((id, index) => new RatingInput(id, index == 2 ? 1 : 3, index == 2 ? "No production experience with message queues." : "")).ToList();
        (await fixture.Get<PostFeedbackHandler>().HandleAsync(sarah, new PostFeedbackCommand(interview, FeedbackDecision.Reject, ratings, "Internal note."))).Succeeded.ShouldBeTrue();
        (await fixture.Get<RelayFeedbackSummaryHandler>().HandleAsync(daniel, new RelayFeedbackSummaryCommand(interview, "Halcyon will not take this further; they wanted more hands-on event streaming."))).Succeeded.ShouldBeTrue();

        var first = await fixture.Get<RequestFeedbackHandler>().HandleAsync(tom, submission);
        var second = await fixture.Get<RequestFeedbackHandler>().HandleAsync(tom, submission);
        first.Succeeded.ShouldBeTrue();
        second.Failure!.Kind.ShouldBe(FailureKind.Conflict);

        var onFile = await fixture.Get<AnswerFeedbackRequestHandler>().GetAsync(daniel, submission);
        onFile!.FeedbackOnFile.ShouldContain("Reject");
        (await fixture.Get<AnswerFeedbackRequestHandler>().HandleAsync(daniel, submission, "Build one project with Kafka end to end; it was the only gap they named.")).Succeeded.ShouldBeTrue();
        (await fixture.Get<AnswerFeedbackRequestHandler>().HandleAsync(daniel, submission, "Again")).Failure!.Kind.ShouldBe(FailureKind.Conflict);

        var seen = (await fixture.Get<GetMySubmissionsHandler>().HandleAsync(tom)).Single(s => s.Id == submission);
        seen.Stage.ShouldBe(SubmissionStage.Rejected);
        seen.RequestStatus.ShouldBe(FeedbackRequestStatus.Answered);
        seen.RequestAnswer.ShouldBe("Build one project with Kafka end to end; it was the only gap they named.");
        seen.Interviews.Single().FeedbackSummary.ShouldBe("Halcyon will not take this further; they wanted more hands-on event streaming.");

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunOnceAsync(fixture.Clock.GetUtcNow());
        }

        var received = fixture.Smtp.Received;
        received.Count(r => r.To.Contains("recruiter@demo.test") && r.Subject == "Feedback received: Tom Whitfield (Reject)").ShouldBe(1);
        received.Count(r => r.To.Contains("candidate2@demo.test") && r.Subject == "Feedback from your interview").ShouldBe(1);
        received.Count(r => r.To.Contains("candidate2@demo.test") && r.Subject == "Feedback on your application").ShouldBe(1);
        received.ShouldAllBe(r => !r.Body.Contains("No production experience", StringComparison.Ordinal) && !r.Body.Contains("Internal note", StringComparison.Ordinal));
    }
}
