using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.ReviewQueue.ApproveNote;
using RecruiterLiaison.Application.Submissions.ConfirmRemoval;
using RecruiterLiaison.Application.Submissions.RequestRemoval;
using RecruiterLiaison.Application.Submissions.WithdrawFromSubmission;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Submissions;

[Collection(DatabaseCollection.Name)]
public sealed class WithdrawalAndRemovalTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_candidate_withdraws_with_a_note_that_still_passes_the_review_queue()
    {
        var tom = await fixture.UserAsync("candidate2@demo.test");
        var recruiter = await fixture.UserAsync("recruiter@demo.test");
        var (submission, interview, sarah) = await NoteFactory.TargetAsync(fixture, tom, "Sarah Lindqvist", "Senior Backend Engineer");

        var result = await fixture.Get<WithdrawFromSubmissionHandler>().HandleAsync(tom, new WithdrawFromSubmissionCommand(submission,
            new WithdrawalNote(interview, sarah, "Dear Sarah,\n\nThank you for your time. I have accepted another offer and withdraw from the process.\n\nKind regards,\nTom Whitfield")));

        var noteId = result.Value.ShouldNotBeNull();
        await using (var db = await fixture.OpenAsync())
        {
            (await db.Submissions.SingleAsync(s => s.Id == submission)).Stage.ShouldBe(SubmissionStage.Withdrawn);
        }

        var withdrawalNote = await NoteFactory.LoadAsync(fixture, noteId);
        withdrawalNote.Kind.ShouldBe(NoteKind.Withdrawal);
        withdrawalNote.Status.ShouldBe(NoteStatus.PendingReview);
        (await fixture.Get<ApproveNoteHandler>().HandleAsync(recruiter, new ApproveNoteCommand(noteId, withdrawalNote.Version, null))).Succeeded.ShouldBeTrue();

        // Tom's earlier follow-up (seeded, still pending) can no longer reach the client.
        await using var check = await fixture.OpenAsync();
        var followUp = await check.Notes.SingleAsync(n => n.SubmissionId == submission && n.Kind == NoteKind.FollowUp && n.Status == NoteStatus.PendingReview);
        var refused = await fixture.Get<ApproveNoteHandler>().HandleAsync(recruiter, new ApproveNoteCommand(followUp.Id, followUp.Version, null));
        refused.Failure!.Kind.ShouldBe(FailureKind.Conflict);
        refused.Failure.Message.ShouldContain("closed");
    }

    [Fact]
    public async Task A_client_asks_to_remove_a_candidate_and_the_candidate_hears_it_in_the_recruiters_words()
    {
        var olivia = await fixture.UserAsync("client@meridian.test");
        var luis = await fixture.UserAsync("recruiter@meridian.test");
        var noah = await fixture.UserAsync("candidate@meridian.test");
        Guid submission;
        await using (var db = await fixture.OpenAsync())
        {
            submission = await db.Submissions.Where(s => s.AgencyId == noah.AgencyId).Select(s => s.Id).SingleAsync();
        }

        (await fixture.Get<RequestRemovalHandler>().HandleAsync(await fixture.UserAsync("client2@demo.test"), submission, "Not for us")).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await fixture.Get<RequestRemovalHandler>().HandleAsync(olivia, submission, "")).Failure!.Errors!.Keys.ShouldContain("reason");
        (await fixture.Get<RequestRemovalHandler>().HandleAsync(olivia, submission, "We have filled the role internally.")).Succeeded.ShouldBeTrue();
        (await fixture.Get<ConfirmRemovalHandler>().PendingAsync(luis)).ShouldHaveSingleItem().Reason.ShouldBe("We have filled the role internally.");

        var confirmed = await fixture.Get<ConfirmRemovalHandler>().HandleAsync(luis, submission, "Aldgate has decided to close this process. I have two similar roles to discuss with you.");

        confirmed.Succeeded.ShouldBeTrue();
        await using var check = await fixture.OpenAsync();
        (await check.Submissions.SingleAsync(s => s.Id == submission)).Stage.ShouldBe(SubmissionStage.RemovedFromConsideration);
        var told = await check.Notifications.SingleAsync(n => n.UserId == noah.UserId && n.Title == "An update on your application");
        told.Body.ShouldBe("Aldgate has decided to close this process. I have two similar roles to discuss with you.");
        told.Body.ShouldNotContain("internally");
    }
}
