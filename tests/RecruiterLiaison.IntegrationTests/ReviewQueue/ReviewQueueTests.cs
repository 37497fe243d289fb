using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Notes.GetNote;
using RecruiterLiaison.Application.Notes.ReviseNote;
using RecruiterLiaison.Application.Notes.SubmitNote;
using RecruiterLiaison.Application.Notes.WithdrawNote;
using RecruiterLiaison.Application.ReviewQueue.ApproveNote;
using RecruiterLiaison.Application.ReviewQueue.ClaimNote;
using RecruiterLiaison.Application.ReviewQueue.DeclineNote;
using RecruiterLiaison.Application.ReviewQueue.GetReviewQueue;
using RecruiterLiaison.Application.ReviewQueue.ReturnNote;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.ReviewQueue;

[Collection(DatabaseCollection.Name)]
public sealed class ReviewQueueTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_submitted_note_waits_in_the_queue_with_its_findings_and_recruiters_are_told()
    {
        var id = await NoteFactory.SubmitAsync(fixture, "Dear Sarah,\n\nI need an answer ASAP!!! Please call me back today.\n\nPriya Raman");
        var recruiter = await fixture.UserAsync("recruiter@demo.test");

        var queue = await fixture.Get<GetReviewQueueHandler>().HandleAsync(recruiter);

        var item = queue.Notes.Single(n => n.Id == id);
        item.Findings.Select(f => f.Rule).ShouldContain("tone.aggressive");
        item.Risk.ShouldBeGreaterThan(0);
        item.RecipientSeniority.ShouldBe(Domain.Clients.Seniority.Manager);
        await using var db = await fixture.OpenAsync();
        (await db.Notifications.AnyAsync(n => n.UserId == recruiter.UserId && n.Link == $"/recruiter/notes/{id}")).ShouldBeTrue();
        (await db.AuditEvents.AnyAsync(e => e.SubjectId == id && e.Action == AuditActions.NoteSubmitted)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_rewrite_delivers_the_recruiters_text_keeps_the_original_and_tells_both_sides()
    {
        var id = await NoteFactory.SubmitAsync(fixture, "hey sarah any news on the job? thx");
        var recruiter = await fixture.UserAsync("recruiter@demo.test");
        var note = await NoteFactory.LoadAsync(fixture, id);

        var result = await fixture.Get<ApproveNoteHandler>().HandleAsync(recruiter, new ApproveNoteCommand(id, note.Version, "Dear Sarah,\n\nI remain very interested in the role.\n\nKind regards,\nPriya Raman"));

        result.Value!.Status.ShouldBe(NoteStatus.Approved);
        var detail = await fixture.Get<GetNoteHandler>().HandleAsync(await fixture.UserAsync("candidate@demo.test"), id);
        detail!.Body.ShouldBe("hey sarah any news on the job? thx");
        detail.DeliveredBody.ShouldStartWith("Dear Sarah");
        detail.Diff.ShouldNotBeNull().ShouldContain(d => d.Kind == Application.Notes.DiffKind.Removed);
        var sarah = await fixture.UserAsync("client@demo.test");
        await using var db = await fixture.OpenAsync();
        (await db.Notifications.AnyAsync(n => n.UserId == sarah.UserId && n.CreatedAt == fixture.Clock.GetUtcNow())).ShouldBeTrue();
        (await db.AuditEvents.SingleAsync(e => e.SubjectId == id && e.Action == AuditActions.NoteRewritten)).Detail.ShouldContain("Original: hey sarah");
    }

    [Fact]
    public async Task A_stale_version_gets_a_conflict_naming_who_handled_the_note()
    {
        var id = await NoteFactory.SubmitAsync(fixture, "Dear Sarah,\n\nThank you for your time on Friday.\n\nPriya Raman", NoteKind.ThankYou);
        var recruiter = await fixture.UserAsync("recruiter@demo.test");
        var seen = (await NoteFactory.LoadAsync(fixture, id)).Version;
        (await fixture.Get<ApproveNoteHandler>().HandleAsync(recruiter, new ApproveNoteCommand(id, seen, null))).Succeeded.ShouldBeTrue();

        var late = await fixture.Get<DeclineNoteHandler>().HandleAsync(recruiter, new DeclineNoteCommand(id, seen, DeclineReason.Tone, "Too late"));

        late.Failure!.Kind.ShouldBe(FailureKind.Conflict);
        late.Failure.Message.ShouldBe("This note was already handled by Daniel Okafor: it is Approved.");
        (await NoteFactory.LoadAsync(fixture, id)).Status.ShouldBe(NoteStatus.Approved);
    }

    [Fact]
    public async Task A_claim_keeps_a_second_recruiter_off_until_it_expires()
    {
        var id = await NoteFactory.SubmitAsync(fixture, "Dear Sarah,\n\nA short question about the team's on-call rota.\n\nPriya Raman", NoteKind.Question);
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var second = await SecondRecruiterAsync();
        (await fixture.Get<ClaimNoteHandler>().HandleAsync(daniel, id)).Succeeded.ShouldBeTrue();
        var version = (await NoteFactory.LoadAsync(fixture, id)).Version;

        var blocked = await fixture.Get<ApproveNoteHandler>().HandleAsync(second, new ApproveNoteCommand(id, version, null));
        blocked.Failure!.Kind.ShouldBe(FailureKind.Conflict);

        // The fixture's clock only moves forward, as time does; later tests take "now" from it.
        fixture.Clock.Advance(TimeSpan.FromMinutes(16));
        (await fixture.Get<ApproveNoteHandler>().HandleAsync(second, new ApproveNoteCommand(id, version, null))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_declined_note_carries_its_reason_and_comes_back_as_version_two_when_revised()
    {
        var id = await NoteFactory.SubmitAsync(fixture, "Dear Sarah,\n\nWhat will the salary be?\n\nPriya Raman", NoteKind.Question);
        var recruiter = await fixture.UserAsync("recruiter@demo.test");
        var candidate = await fixture.UserAsync("candidate@demo.test");
        var version = (await NoteFactory.LoadAsync(fixture, id)).Version;
        (await fixture.Get<DeclineNoteHandler>().HandleAsync(recruiter, new DeclineNoteCommand(id, version, DeclineReason.ForRecruiterNotClient, "Ask me about salary."))).Succeeded.ShouldBeTrue();

        var declined = await fixture.Get<GetNoteHandler>().HandleAsync(candidate, id);
        declined!.DeclineReason.ShouldBe(DeclineReason.ForRecruiterNotClient);
        declined.ReviewMessage.ShouldBe("Ask me about salary.");

        (await fixture.Get<ReviseNoteHandler>().HandleAsync(candidate, new ReviseNoteCommand(id, "Dear Sarah,\n\nThank you again for Friday.\n\nPriya Raman"))).Value.ShouldBe(2);
        var revised = await NoteFactory.LoadAsync(fixture, id);
        revised.Status.ShouldBe(NoteStatus.PendingReview);
        revised.Versions.Select(v => v.Body).ShouldContain("Dear Sarah,\n\nWhat will the salary be?\n\nPriya Raman");
    }

    [Fact]
    public async Task Returning_needs_a_message_and_a_pending_note_can_be_withdrawn()
    {
        var id = await NoteFactory.SubmitAsync(fixture, "Dear Sarah,\n\nOne more thought on the design exercise.\n\nPriya Raman", NoteKind.AdditionalPoint);
        var recruiter = await fixture.UserAsync("recruiter@demo.test");
        var version = (await NoteFactory.LoadAsync(fixture, id)).Version;

        var empty = await fixture.Get<ReturnNoteHandler>().HandleAsync(recruiter, new ReturnNoteCommand(id, version, " "));
        empty.Failure!.Errors!.Keys.ShouldContain("message");

        (await fixture.Get<WithdrawNoteHandler>().HandleAsync(await fixture.UserAsync("candidate@demo.test"), id)).Value.ShouldBe(NoteStatus.Withdrawn);
        var after = await fixture.Get<ReturnNoteHandler>().HandleAsync(recruiter, new ReturnNoteCommand(id, version, "Shorter, please."));
        after.Failure!.Kind.ShouldBe(FailureKind.Conflict);
    }

    [Fact]
    public async Task A_candidate_cannot_write_to_someone_who_did_not_interview_them_or_on_someone_elses_submission()
    {
        var priya = await fixture.UserAsync("candidate@demo.test");
        var tom = await fixture.UserAsync("candidate2@demo.test");
        var (submission, interview, sarah) = await NoteFactory.TargetAsync(fixture, priya, "Sarah Lindqvist", "Senior Backend Engineer");
        var (_, _, aisha) = await NoteFactory.TargetAsync(fixture, priya, "Aisha Karim", "Financial Systems Analyst");
        var handler = fixture.Get<SubmitNoteHandler>();

        var wrongRecipient = await handler.HandleAsync(priya, new SubmitNoteCommand(submission, interview, aisha, NoteKind.ThankYou, "Thank you."));
        var notHers = await handler.HandleAsync(tom, new SubmitNoteCommand(submission, interview, sarah, NoteKind.ThankYou, "Thank you."));

        wrongRecipient.Failure!.Errors!.Keys.ShouldContain("recipientContactId");
        notHers.Failure.ShouldNotBeNull();
        await using var db = await fixture.OpenAsync();
        (await db.AuditEvents.AnyAsync(e => e.ActorUserId == tom.UserId && e.Action == AuditActions.AccessRefused && e.SubjectId == submission)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_client_that_accepts_no_notes_blocks_the_candidates_submit_with_a_reason()
    {
        await using (var db = await fixture.OpenAsync())
        {
            var corvid = await db.ContactPolicies.SingleAsync(p => db.ClientCompanies.Any(c => c.Id == p.ClientCompanyId && c.Name == "Corvid Health"));
            corvid.Change(notesAllowed: false, thankYouNotesAllowed: true, 1, 3, 18, 8);
            await db.SaveChangesAsync();
        }

        try
        {
            var priya = await fixture.UserAsync("candidate@demo.test");
            var (submission, interview, aisha) = await NoteFactory.TargetAsync(fixture, priya, "Aisha Karim", "Financial Systems Analyst");

            var result = await fixture.Get<SubmitNoteHandler>().HandleAsync(priya, new SubmitNoteCommand(submission, interview, aisha, NoteKind.ThankYou, "Dear Aisha, thank you."));

            result.Failure!.Errors!["body"].Single().ShouldContain("asked not to receive notes");
        }
        finally
        {
            await using var db = await fixture.OpenAsync();
            var corvid = await db.ContactPolicies.SingleAsync(p => db.ClientCompanies.Any(c => c.Id == p.ClientCompanyId && c.Name == "Corvid Health"));
            corvid.Change(notesAllowed: true, thankYouNotesAllowed: true, 1, 3, 18, 8);
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task The_queue_puts_late_notes_first_then_the_riskiest()
    {
        var recruiter = await fixture.UserAsync("recruiter@demo.test");

        var queue = await fixture.Get<GetReviewQueueHandler>().HandleAsync(recruiter);

        queue.Notes.ShouldNotBeEmpty();
        var keys = queue.Notes.Select(n => (Late: n.IsLate ? 1 : 0, n.Risk)).ToList();
        keys.ShouldBe(keys.OrderByDescending(k => k.Late).ThenByDescending(k => k.Risk).ToList());
    }

    private async Task<CurrentUser> SecondRecruiterAsync()
    {
        const string email = "second.recruiter@demo.test";
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(email) is null)
        {
            var daniel = await users.FindByEmailAsync("recruiter@demo.test");
            var user = new ApplicationUser { Id = Guid.NewGuid(), AgencyId = daniel!.AgencyId, UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Rosa Delgado" };
            (await users.CreateAsync(user, "Demo-pass-1")).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, nameof(Role.Recruiter))).Succeeded.ShouldBeTrue();
        }

        return await fixture.UserAsync(email);
    }
}
