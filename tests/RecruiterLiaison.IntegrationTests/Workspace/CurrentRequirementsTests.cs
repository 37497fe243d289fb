using RecruiterLiaison.Application.Feedback.GetClientFeedbackForm;
using RecruiterLiaison.Application.Feedback.GetFeedbackForRecruiter;
using RecruiterLiaison.Application.Feedback.PostFeedback;
using RecruiterLiaison.Application.Positions.AddRequirement;
using RecruiterLiaison.Application.Positions.DropRequirement;
using RecruiterLiaison.Application.Positions.GetPosition;
using RecruiterLiaison.Application.Positions.MoveRequirement;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Workspace;

/// <summary>Feedback forms ask only about current requirements, in order; past feedback keeps the retired ones it rated.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class CurrentRequirementsTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task After_a_rated_requirement_is_retired_the_next_form_asks_only_the_current_ones_and_the_first_feedback_still_names_it()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var client = await Workspace.ClientAsync(fixture, daniel);
        var contact = await Workspace.ContactAsync(fixture, daniel, client.Id);
        var ana = await Workspace.ContactWithAccountAsync(fixture, daniel, client.Id, contact.Id);
        var position = await Workspace.PositionAsync(fixture, daniel, client.Id, "Rust", "Distributed systems", "Mentoring");
        var (rust, distributed, mentoring) = (position.Requirements[0].Id, position.Requirements[1].Id, position.Requirements[2].Id);
        var round1 = await Workspace.PastInterviewAsync(fixture, daniel, position.Id, contact.Id);
        var post = fixture.Get<PostFeedbackHandler>();
        var first = await post.HandleAsync(ana, new PostFeedbackCommand(round1, FeedbackDecision.Advance,
            [new RatingInput(rust, 4, "Deep."), new RatingInput(distributed, 2, "Some gaps."), new RatingInput(mentoring, 3, "")], "Good."));
        first.Failure.ShouldBeNull();

        // The recruiter retires the rated "Distributed systems", adds "Observability" and puts it first.
        var dropped = await fixture.Get<DropRequirementHandler>().HandleAsync(daniel, new DropRequirementCommand(distributed));
        dropped.Value!.Retired.ShouldBeTrue();
        var added = await fixture.Get<AddRequirementHandler>().HandleAsync(daniel, new AddRequirementCommand(position.Id, "Observability"));
        var observability = added.Value!.Requirement.Id;
        (await fixture.Get<MoveRequirementHandler>().HandleAsync(daniel, new MoveRequirementCommand(observability, 0))).Succeeded.ShouldBeTrue();

        var submission = await SubmissionOfAsync(round1);
        var round2 = await Workspace.PastInterviewAsync(fixture, daniel, position.Id, contact.Id, round: 2, submissionId: submission);
        var form = await fixture.Get<GetClientFeedbackFormHandler>().HandleAsync(ana, round2);

        form!.Requirements.Select(r => r.Name).ShouldBe(["Observability", "Rust", "Mentoring"]);
        var withRetired = await post.HandleAsync(ana, new PostFeedbackCommand(round2, FeedbackDecision.Advance,
            [new RatingInput(observability, 3, ""), new RatingInput(rust, 3, ""), new RatingInput(mentoring, 3, ""), new RatingInput(distributed, 3, "")], null));
        withRetired.Failure!.Errors!.Values.SelectMany(m => m).ShouldContain("That requirement is not part of this role.");
        var withoutTheNewOne = await post.HandleAsync(ana, new PostFeedbackCommand(round2, FeedbackDecision.Advance,
            [new RatingInput(rust, 3, ""), new RatingInput(mentoring, 3, "")], null));
        withoutTheNewOne.Failure!.Errors!["ratings"].ShouldContain("Rate every requirement of the role.");
        (await post.HandleAsync(ana, new PostFeedbackCommand(round2, FeedbackDecision.Advance,
            [new RatingInput(observability, 3, ""), new RatingInput(rust, 3, ""), new RatingInput(mentoring, 4, "")], null))).Failure.ShouldBeNull();

        var past = await fixture.Get<GetFeedbackForRecruiterHandler>().HandleAsync(daniel, round1);
        past!.Feedback!.Ratings.Select(r => r.Requirement).ShouldBe(["Rust", "Distributed systems", "Mentoring"], ignoreOrder: true);
        var read = await fixture.Get<GetPositionHandler>().HandleAsync(daniel, position.Id);
        read!.Requirements.Select(r => r.Name).ShouldBe(["Observability", "Rust", "Mentoring"]);
        read.RetiredRequirements.ShouldHaveSingleItem().Name.ShouldBe("Distributed systems");

        // The client's own read of the position shows only what it rates.
        (await fixture.Get<GetPositionHandler>().HandleAsync(ana, position.Id))!.RetiredRequirements.ShouldBeEmpty();
    }

    private async Task<Guid> SubmissionOfAsync(Guid interviewId)
    {
        await using var db = await fixture.OpenAsync();
        return db.Interviews.Where(i => i.Id == interviewId).Select(i => i.SubmissionId).Single();
    }
}
