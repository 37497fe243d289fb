using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Candidates.GetCandidate;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Interviews.ScheduleInterview;
using RecruiterLiaison.Application.Submissions.ConfirmRemoval;
using RecruiterLiaison.Application.Submissions.GetMySubmissions;
using RecruiterLiaison.Application.Submissions.GetSubmission;
using RecruiterLiaison.Application.Submissions.MoveStage;
using RecruiterLiaison.Application.Submissions.PutForward;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Submissions;

[Collection(DatabaseCollection.Name)]
public sealed class PutForwardAndMoveStageTests(DatabaseFixture fixture)
{
    private const string Pitch = "Ten years of routing systems; she rebuilt a dispatch engine at a parcel carrier.";

    [Fact]
    public async Task Putting_a_candidate_with_an_account_forward_tells_them_in_the_app_and_by_email_and_is_audited()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var (maya, candidateId) = await CandidateWorkspace.CandidateWithAccountAsync(fixture);
        var position = await CandidateWorkspace.PositionAsync(fixture);

        var result = await fixture.Get<PutForwardHandler>().HandleAsync(daniel, new PutForwardCommand(candidateId, position.Id, Pitch));

        var submission = (await fixture.Get<GetSubmissionHandler>().HandleAsync(daniel, result.Value)).Value!;
        submission.Stage.ShouldBe(SubmissionStage.RecruiterScreen);
        submission.Pitch.ShouldBe(Pitch);
        submission.Client.ShouldBe(position.Client);
        submission.History.ShouldHaveSingleItem().By.ShouldBe("Daniel Okafor");
        submission.AllowedStages.ShouldBe([SubmissionStage.Rejected, SubmissionStage.Withdrawn, SubmissionStage.RemovedFromConsideration]);
        await using var db = await fixture.OpenAsync();
        (await db.Notifications.AnyAsync(n => n.UserId == maya.UserId && n.Title.Contains(position.Title))).ShouldBeTrue();
        (await db.OutboxMessages.AnyAsync(m => m.ToAddress == maya.Email && m.Body.Contains(position.Title) && m.Body.Contains(position.Client))).ShouldBeTrue();
        (await db.AuditEvents.AnyAsync(e => e.SubjectId == result.Value && e.Action == AuditActions.SubmissionPutForward && e.ActorUserId == daniel.UserId)).ShouldBeTrue();
        (await fixture.Get<GetMySubmissionsHandler>().HandleAsync(maya)).ShouldHaveSingleItem().Position.ShouldBe(position.Title);
    }

    [Fact]
    public async Task A_candidate_without_an_account_is_told_by_email_only()
    {
        var helen = await fixture.UserAsync("admin@demo.test");
        var candidateId = await CandidateWorkspace.CandidateAsync(fixture);
        var position = await CandidateWorkspace.PositionAsync(fixture);
        string email;
        int notificationsBefore;
        await using (var db = await fixture.OpenAsync())
        {
            email = await db.Candidates.Where(c => c.Id == candidateId).Select(c => c.Email).SingleAsync();
            notificationsBefore = await db.Notifications.CountAsync();
        }

        var result = await fixture.Get<PutForwardHandler>().HandleAsync(helen, new PutForwardCommand(candidateId, position.Id, Pitch));

        result.Succeeded.ShouldBeTrue();
        await using var check = await fixture.OpenAsync();
        (await check.OutboxMessages.SingleAsync(m => m.ToAddress == email)).Body.ShouldContain("Your recruiter will be in touch");
        (await check.Notifications.CountAsync()).ShouldBe(notificationsBefore);
    }

    [Fact]
    public async Task One_active_submission_per_candidate_and_position_and_again_after_a_rejection()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var candidateId = await CandidateWorkspace.CandidateAsync(fixture);
        var position = await CandidateWorkspace.PositionAsync(fixture);
        var putForward = fixture.Get<PutForwardHandler>();
        var first = await putForward.HandleAsync(daniel, new PutForwardCommand(candidateId, position.Id, Pitch));

        var twice = await putForward.HandleAsync(daniel, new PutForwardCommand(candidateId, position.Id, "Again."));

        twice.Failure!.Kind.ShouldBe(FailureKind.Invalid);
        twice.Failure.Errors!["positionId"].ShouldHaveSingleItem().ShouldContain("already put forward");
        (await putForward.OpenPositionsAsync(daniel, candidateId)).Single(p => p.Id == position.Id).AlreadyPutForward.ShouldBeTrue();

        var read = (await fixture.Get<GetSubmissionHandler>().HandleAsync(daniel, first.Value)).Value!;
        (await fixture.Get<MoveStageHandler>().HandleAsync(daniel, new MoveStageCommand(first.Value, read.Version, SubmissionStage.Rejected, "The client wants someone with Go."))).Succeeded.ShouldBeTrue();
        (await putForward.HandleAsync(daniel, new PutForwardCommand(candidateId, position.Id, "They have learnt Go since."))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Two_recruiters_putting_the_same_candidate_forward_at_once_make_one_submission_and_a_field_error()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var helen = await fixture.UserAsync("admin@demo.test");
        var candidateId = await CandidateWorkspace.CandidateAsync(fixture);
        var position = await CandidateWorkspace.PositionAsync(fixture);

        var results = await Task.WhenAll(
            fixture.Get<PutForwardHandler>().HandleAsync(daniel, new PutForwardCommand(candidateId, position.Id, Pitch)),
            fixture.Get<PutForwardHandler>().HandleAsync(helen, new PutForwardCommand(candidateId, position.Id, Pitch)));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Single(r => !r.Succeeded).Failure!.Errors!.Keys.ShouldBe(["positionId"]);
        await using var db = await fixture.OpenAsync();
        (await db.Submissions.CountAsync(s => s.CandidateId == candidateId)).ShouldBe(1);
    }

    [Theory]
    [InlineData(PositionStatus.OnHold, "on hold")]
    [InlineData(PositionStatus.Filled, "filled")]
    [InlineData(PositionStatus.Closed, "closed")]
    public async Task Only_an_open_position_takes_a_candidate(PositionStatus status, string said)
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var candidateId = await CandidateWorkspace.CandidateAsync(fixture);
        var position = await CandidateWorkspace.PositionAsync(fixture, status);

        var result = await fixture.Get<PutForwardHandler>().HandleAsync(daniel, new PutForwardCommand(candidateId, position.Id, Pitch));

        result.Failure!.Errors!["positionId"].ShouldHaveSingleItem().ShouldContain(said);
        (await fixture.Get<PutForwardHandler>().OpenPositionsAsync(daniel, candidateId)).ShouldNotContain(p => p.Id == position.Id);
    }

    [Fact]
    public async Task Booking_another_round_after_an_offer_keeps_the_offer()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var candidateId = await CandidateWorkspace.CandidateAsync(fixture);
        var position = await CandidateWorkspace.PositionAsync(fixture);
        var submission = (await fixture.Get<PutForwardHandler>().HandleAsync(daniel, new PutForwardCommand(candidateId, position.Id, Pitch))).Value;
        var book = fixture.Get<ScheduleInterviewHandler>();
        var ines = (await book.ContactsForAsync(daniel, submission)).Single().Id;
        (await book.HandleAsync(daniel, new ScheduleInterviewCommand(submission, DateTimeOffset.UtcNow.AddDays(-2), 45, InterviewFormat.Video, [ines]))).Succeeded.ShouldBeTrue();
        await using (var db = await fixture.OpenAsync())
        {
            (await db.Submissions.Include(s => s.StageChanges).SingleAsync(s => s.Id == submission)).MoveByHand(SubmissionStage.Offer, "They loved the systems design round.", DateTimeOffset.UtcNow, daniel.UserId);
            await db.SaveChangesAsync();
        }

        (await book.HandleAsync(daniel, new ScheduleInterviewCommand(submission, DateTimeOffset.UtcNow.AddDays(1), 30, InterviewFormat.Phone, [ines]))).Succeeded.ShouldBeTrue();

        await using var check = await fixture.OpenAsync();
        (await check.Submissions.SingleAsync(s => s.Id == submission)).Stage.ShouldBe(SubmissionStage.Offer);
    }

    [Fact]
    public async Task An_archived_clients_open_position_takes_no_candidate()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var candidateId = await CandidateWorkspace.CandidateAsync(fixture);
        var position = await CandidateWorkspace.PositionAsync(fixture);
        await using (var db = await fixture.OpenAsync())
        {
            (await db.ClientCompanies.SingleAsync(c => c.Name == position.Client)).Archive(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var result = await fixture.Get<PutForwardHandler>().HandleAsync(daniel, new PutForwardCommand(candidateId, position.Id, Pitch));

        result.Failure!.Errors!["positionId"].ShouldHaveSingleItem().ShouldContain("archived");
        (await fixture.Get<PutForwardHandler>().OpenPositionsAsync(daniel, candidateId)).ShouldNotContain(p => p.Id == position.Id);
    }

    [Fact]
    public async Task A_missing_pitch_or_position_is_a_field_error_and_another_agencys_ids_are_not_found()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var luis = await fixture.UserAsync("recruiter@meridian.test");
        var candidateId = await CandidateWorkspace.CandidateAsync(fixture);
        var position = await CandidateWorkspace.PositionAsync(fixture);
        var theirPosition = await CandidateWorkspace.PositionAsync(fixture, staffEmail: "recruiter@meridian.test");
        var putForward = fixture.Get<PutForwardHandler>();

        (await putForward.HandleAsync(daniel, new PutForwardCommand(candidateId, null, " "))).Failure!.Errors!.Keys.ShouldBe(["positionId", "pitch"], ignoreOrder: true);
        (await putForward.HandleAsync(luis, new PutForwardCommand(candidateId, theirPosition.Id, Pitch))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await putForward.HandleAsync(daniel, new PutForwardCommand(candidateId, theirPosition.Id, Pitch))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await putForward.HandleAsync(await fixture.UserAsync("candidate@demo.test"), new PutForwardCommand(candidateId, position.Id, Pitch))).Failure!.Kind.ShouldBe(FailureKind.Forbidden);

        await using var db = await fixture.OpenAsync();
        (await db.AuditEvents.AnyAsync(e => e.ActorUserId == luis.UserId && e.SubjectId == candidateId && e.Action == AuditActions.AccessRefused)).ShouldBeTrue();
        (await db.AuditEvents.AnyAsync(e => e.ActorUserId == daniel.UserId && e.SubjectId == theirPosition.Id && e.Action == AuditActions.AccessRefused)).ShouldBeTrue();
        (await db.Submissions.AnyAsync(s => s.CandidateId == candidateId)).ShouldBeFalse();
    }

    [Fact]
    public async Task Offer_then_placed_after_interviews_and_the_candidate_reads_each_reason_in_the_recruiters_words()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var (maya, candidateId) = await CandidateWorkspace.CandidateWithAccountAsync(fixture);
        var position = await CandidateWorkspace.PositionAsync(fixture);
        var submissionId = await CandidateWorkspace.SubmissionAsync(fixture, candidateId, position.Id, SubmissionStage.FirstClientInterview);
        var move = fixture.Get<MoveStageHandler>();
        var read = (await fixture.Get<GetSubmissionHandler>().HandleAsync(daniel, submissionId)).Value!;
        read.AllowedStages.ShouldBe([SubmissionStage.Offer, SubmissionStage.Rejected, SubmissionStage.Withdrawn, SubmissionStage.RemovedFromConsideration]);

        var offer = await move.HandleAsync(daniel, new MoveStageCommand(submissionId, read.Version, SubmissionStage.Offer, "  They loved your design review; the offer letter follows on Monday.  "));
        var placed = await move.HandleAsync(daniel, new MoveStageCommand(submissionId, offer.Value!.Version, SubmissionStage.Placed, "Signed: you start on 4 January."));

        offer.Value.AllowedStages.ShouldContain(SubmissionStage.Placed);
        placed.Value!.Stage.ShouldBe(SubmissionStage.Placed);
        placed.Value.AllowedStages.ShouldBeEmpty();
        placed.Value.History.Select(h => (h.Stage, h.Reason)).ShouldBe([
            (SubmissionStage.RecruiterScreen, null),
            (SubmissionStage.FirstClientInterview, null),
            (SubmissionStage.Offer, "They loved your design review; the offer letter follows on Monday."),
            (SubmissionStage.Placed, "Signed: you start on 4 January."),
        ]);
        placed.Value.History[^1].By.ShouldBe("Daniel Okafor");
        (await fixture.Get<GetMySubmissionsHandler>().HandleAsync(maya)).ShouldHaveSingleItem().StageReason.ShouldBe("Signed: you start on 4 January.");
        await using var db = await fixture.OpenAsync();
        (await db.Notifications.AnyAsync(n => n.UserId == maya.UserId && n.Body.Contains("the offer letter follows on Monday"))).ShouldBeTrue();
        (await db.OutboxMessages.AnyAsync(m => m.ToAddress == maya.Email && m.Body.Contains("Signed: you start on 4 January."))).ShouldBeTrue();
        (await db.AuditEvents.CountAsync(e => e.SubjectId == submissionId && e.Action == AuditActions.SubmissionStageMoved)).ShouldBe(2);
    }

    [Fact]
    public async Task A_move_the_process_does_not_allow_is_a_field_error_naming_what_is_allowed()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var candidateId = await CandidateWorkspace.CandidateAsync(fixture);
        var position = await CandidateWorkspace.PositionAsync(fixture);
        var submissionId = await CandidateWorkspace.SubmissionAsync(fixture, candidateId, position.Id);
        var read = (await fixture.Get<GetSubmissionHandler>().HandleAsync(daniel, submissionId)).Value!;
        var move = fixture.Get<MoveStageHandler>();

        var offer = await move.HandleAsync(daniel, new MoveStageCommand(submissionId, read.Version, SubmissionStage.Offer, "Straight to an offer."));
        var interview = await move.HandleAsync(daniel, new MoveStageCommand(submissionId, read.Version, SubmissionStage.FirstClientInterview, "By hand."));

        offer.Failure!.Errors!["stage"].ShouldHaveSingleItem().ShouldBe("From Recruiter screen it can move to Rejected, Withdrawn or Removed from consideration, not to Offer.");
        interview.Failure!.Errors!.Keys.ShouldBe(["stage"]);
        (await move.HandleAsync(daniel, new MoveStageCommand(submissionId, read.Version, SubmissionStage.Withdrawn, "The candidate took another role."))).Succeeded.ShouldBeTrue();
        var read2 = (await fixture.Get<GetSubmissionHandler>().HandleAsync(daniel, submissionId)).Value!;
        (await move.HandleAsync(daniel, new MoveStageCommand(submissionId, read2.Version, SubmissionStage.Rejected, "Too late."))).Failure!.Errors!["stage"].ShouldHaveSingleItem().ShouldContain("closed");
    }

    [Fact]
    public async Task A_reason_is_required_and_nothing_moves_without_one()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var candidateId = await CandidateWorkspace.CandidateAsync(fixture);
        var position = await CandidateWorkspace.PositionAsync(fixture);
        var submissionId = await CandidateWorkspace.SubmissionAsync(fixture, candidateId, position.Id);
        var read = (await fixture.Get<GetSubmissionHandler>().HandleAsync(daniel, submissionId)).Value!;

        var result = await fixture.Get<MoveStageHandler>().HandleAsync(daniel, new MoveStageCommand(submissionId, read.Version, SubmissionStage.Rejected, "   "));

        result.Failure!.Errors!.Keys.ShouldBe(["reason"]);
        await using var db = await fixture.OpenAsync();
        (await db.Submissions.SingleAsync(s => s.Id == submissionId)).Stage.ShouldBe(SubmissionStage.RecruiterScreen);
        (await db.OutboxMessages.AnyAsync(m => m.Body.Contains(position.Title) && m.Subject.Contains("Rejected"))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_move_on_a_stale_version_is_a_conflict_that_shows_the_submission_as_it_stands()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var helen = await fixture.UserAsync("admin@demo.test");
        var candidateId = await CandidateWorkspace.CandidateAsync(fixture);
        var position = await CandidateWorkspace.PositionAsync(fixture);
        var submissionId = await CandidateWorkspace.SubmissionAsync(fixture, candidateId, position.Id, SubmissionStage.FurtherInterviews);
        var read = (await fixture.Get<GetSubmissionHandler>().HandleAsync(daniel, submissionId)).Value!;
        var move = fixture.Get<MoveStageHandler>();
        (await move.HandleAsync(helen, new MoveStageCommand(submissionId, read.Version, SubmissionStage.Offer, "An offer is on its way."))).Succeeded.ShouldBeTrue();

        var stale = await move.HandleAsync(daniel, new MoveStageCommand(submissionId, read.Version, SubmissionStage.Rejected, "Not this time."));

        stale.Failure!.Kind.ShouldBe(FailureKind.Conflict);
        stale.Failure.Message.ShouldContain("Helen Marsh");
        stale.Failure.Current.ShouldBeOfType<SubmissionDetail>().Stage.ShouldBe(SubmissionStage.Offer);
    }

    [Fact]
    public async Task Two_moves_at_the_same_moment_make_one_change()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var helen = await fixture.UserAsync("admin@demo.test");
        var candidateId = await CandidateWorkspace.CandidateAsync(fixture);
        var position = await CandidateWorkspace.PositionAsync(fixture);
        var submissionId = await CandidateWorkspace.SubmissionAsync(fixture, candidateId, position.Id);
        var read = (await fixture.Get<GetSubmissionHandler>().HandleAsync(daniel, submissionId)).Value!;

        var results = await Task.WhenAll(
            fixture.Get<MoveStageHandler>().HandleAsync(daniel, new MoveStageCommand(submissionId, read.Version, SubmissionStage.Rejected, "The client said no.")),
            fixture.Get<MoveStageHandler>().HandleAsync(helen, new MoveStageCommand(submissionId, read.Version, SubmissionStage.Withdrawn, "The candidate withdrew.")));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Single(r => !r.Succeeded).Failure!.Kind.ShouldBe(FailureKind.Conflict);
        await using var db = await fixture.OpenAsync();
        (await db.Submissions.Include(s => s.StageChanges).SingleAsync(s => s.Id == submissionId)).StageChanges.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Others_cannot_read_or_move_a_submission_and_the_refusals_are_audited()
    {
        var candidateId = await CandidateWorkspace.CandidateAsync(fixture);
        var position = await CandidateWorkspace.PositionAsync(fixture);
        var submissionId = await CandidateWorkspace.SubmissionAsync(fixture, candidateId, position.Id);
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var version = (await fixture.Get<GetSubmissionHandler>().HandleAsync(daniel, submissionId)).Value!.Version;

        foreach (var email in new[] { "recruiter@meridian.test", "admin@meridian.test", "candidate@demo.test", "client@demo.test" })
        {
            var user = await fixture.UserAsync(email);
            (await fixture.Get<GetSubmissionHandler>().HandleAsync(user, submissionId)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
            (await fixture.Get<MoveStageHandler>().HandleAsync(user, new MoveStageCommand(submissionId, version, SubmissionStage.Rejected, "No."))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
            await using var db = await fixture.OpenAsync();
            (await db.AuditEvents.CountAsync(e => e.ActorUserId == user.UserId && e.SubjectId == submissionId && e.Action == AuditActions.AccessRefused)).ShouldBe(2);
        }
    }

    [Fact]
    public async Task The_api_list_filters_by_candidate_position_and_stage_and_pages()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var candidateId = await CandidateWorkspace.CandidateAsync(fixture);
        var first = await CandidateWorkspace.PositionAsync(fixture);
        var second = await CandidateWorkspace.PositionAsync(fixture);
        await CandidateWorkspace.SubmissionAsync(fixture, candidateId, first.Id, SubmissionStage.Offer);
        await CandidateWorkspace.SubmissionAsync(fixture, candidateId, second.Id);
        var handler = fixture.Get<GetMySubmissionsHandler>();

        var all = await handler.HandleAsync(daniel, new SubmissionsFilter(CandidateId: candidateId), new PageRequest(1, 1));
        var offers = await handler.HandleAsync(daniel, new SubmissionsFilter(CandidateId: candidateId, Stage: SubmissionStage.Offer), new PageRequest());
        var atSecond = await handler.HandleAsync(daniel, new SubmissionsFilter(PositionId: second.Id), new PageRequest());
        var elsewhere = await handler.HandleAsync(await fixture.UserAsync("recruiter@meridian.test"), new SubmissionsFilter(CandidateId: candidateId), new PageRequest());

        all.Total.ShouldBe(2);
        all.Items.ShouldHaveSingleItem().CandidateId.ShouldBe(candidateId);
        offers.Items.ShouldHaveSingleItem().PositionId.ShouldBe(first.Id);
        atSecond.Items.ShouldHaveSingleItem().Stage.ShouldBe(SubmissionStage.RecruiterScreen);
        elsewhere.Total.ShouldBe(0);
    }

    [Fact]
    public async Task A_candidate_without_an_account_is_booked_and_removed_like_any_other_and_hears_by_email()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var candidateId = await CandidateWorkspace.CandidateAsync(fixture);
        var position = await CandidateWorkspace.PositionAsync(fixture);
        var submissionId = (await fixture.Get<PutForwardHandler>().HandleAsync(daniel, new PutForwardCommand(candidateId, position.Id, Pitch))).Value;
        var ines = (await fixture.Get<ScheduleInterviewHandler>().ContactsForAsync(daniel, submissionId)).ShouldHaveSingleItem();

        (await fixture.Get<ScheduleInterviewHandler>().HandleAsync(daniel, new ScheduleInterviewCommand(submissionId, fixture.Clock.GetUtcNow().AddDays(2), 45, InterviewFormat.Video, [ines.Id]))).Succeeded.ShouldBeTrue();
        await using (var db = await fixture.OpenAsync())
        {
            // The client's interviewer has no account either: the removal request is set as the client would.
            var submission = await db.Submissions.SingleAsync(s => s.Id == submissionId);
            submission.RequestRemoval(ines.Id, "We filled the role internally.", fixture.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        var confirmed = await fixture.Get<ConfirmRemovalHandler>().HandleAsync(daniel, submissionId, "Kestrel filled the role internally; I will find you the next one.");

        confirmed.Succeeded.ShouldBeTrue();
        var candidate = (await fixture.Get<GetCandidateHandler>().HandleAsync(daniel, candidateId)).Value!;
        candidate.HasAccount.ShouldBeFalse();
        candidate.Submissions.ShouldHaveSingleItem().Stage.ShouldBe(SubmissionStage.RemovedFromConsideration);
        var detail = (await fixture.Get<GetSubmissionHandler>().HandleAsync(daniel, submissionId)).Value!;
        detail.Interviews.ShouldHaveSingleItem().Interviewers.ShouldBe(["Ines Duarte"]);
        detail.History.Select(h => h.Stage).ShouldBe([SubmissionStage.RecruiterScreen, SubmissionStage.FirstClientInterview, SubmissionStage.RemovedFromConsideration]);
        await using var check = await fixture.OpenAsync();
        var email = await check.Candidates.Where(c => c.Id == candidateId).Select(c => c.Email).SingleAsync();
        (await check.OutboxMessages.AnyAsync(m => m.ToAddress == email && m.Body.Contains("I will find you the next one"))).ShouldBeTrue();
    }
}
