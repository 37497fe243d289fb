using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Application.Notes;
using RecruiterLiaison.Application.ReviewQueue.ApproveNote;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Notes;

/// <summary>The contact rules judge a draft by what the candidate already sent this client, as the database counts it.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class NoteContextTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_draft_is_checked_against_the_notes_already_sent_this_round_and_today()
    {
        var before = await ContextAsync("James Porter", NoteKind.FollowUp);

        await NoteFactory.SubmitAsync(fixture, "Dear James,\n\nThank you for the conversation about the platform team.\n\nPriya Raman", NoteKind.ThankYou, recipient: "James Porter");
        await NoteFactory.SubmitAsync(fixture, "Dear James,\n\nI have attached the references you asked for.\n\nPriya Raman", NoteKind.FollowUp, recipient: "James Porter");
        var after = await ContextAsync("James Porter", NoteKind.FollowUp);

        after.NotesLast24h.ShouldBe(before.NotesLast24h + 2);
        after.NotesThisRound.ShouldBe(before.NotesThisRound + 2);
        after.FollowUpsThisRound.ShouldBe(before.FollowUpsThisRound + 1, "only the follow-up counts as a follow-up");
        after.DaysSinceLastNote.ShouldNotBeNull().ShouldBeLessThan(0.01);
    }

    [Fact]
    public async Task A_note_the_recruiter_approved_to_a_contact_counts_as_prior_contact_with_them()
    {
        var id = await NoteFactory.SubmitAsync(fixture, "Dear Sarah,\n\nThank you for Friday.\n\nPriya Raman", NoteKind.ThankYou);
        var recruiter = await fixture.UserAsync("recruiter@demo.test");
        (await fixture.Get<ApproveNoteHandler>().HandleAsync(recruiter, new ApproveNoteCommand(id, (await NoteFactory.LoadAsync(fixture, id)).Version, null))).Succeeded.ShouldBeTrue();

        (await ContextAsync("Sarah Lindqvist", NoteKind.FollowUp)).PriorContact.ShouldBeTrue();
    }

    private async Task<NoteCheckContext> ContextAsync(string recipient, NoteKind kind)
    {
        var priya = await fixture.UserAsync("candidate@demo.test");
        var (submissionId, interviewId, contactId) = await NoteFactory.TargetAsync(fixture, priya, recipient, "Senior Backend Engineer");
        await using var db = await fixture.OpenAsync();
        var target = (await NoteContextBuilder.FindTargetAsync(db, priya, submissionId, interviewId, contactId, CancellationToken.None)).ShouldNotBeNull();
        return await NoteContextBuilder.BuildAsync(db, target, kind, fixture.Clock.GetUtcNow(), null, CancellationToken.None);
    }
}
