using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Inbox.GetInbox;
using RecruiterLiaison.Application.Inbox.ReplyToNote;
using RecruiterLiaison.Application.Notes.GetNote;
using RecruiterLiaison.Application.ReviewQueue.ApproveNote;
using RecruiterLiaison.Application.ReviewQueue.GetReviewQueue;
using RecruiterLiaison.Application.ReviewQueue.RelayReply;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.ReviewQueue;

[Collection(DatabaseCollection.Name)]
public sealed class ClientReplyTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_client_reply_reaches_the_candidate_only_as_the_recruiter_relays_it()
    {
        var id = await NoteFactory.SubmitAsync(fixture, "Dear Sarah,\n\nThank you for Friday.\n\nPriya Raman", NoteKind.ThankYou);
        var recruiter = await fixture.UserAsync("recruiter@demo.test");
        var sarah = await fixture.UserAsync("client@demo.test");
        var priya = await fixture.UserAsync("candidate@demo.test");
        (await fixture.Get<ApproveNoteHandler>().HandleAsync(recruiter, new ApproveNoteCommand(id, (await NoteFactory.LoadAsync(fixture, id)).Version, null))).Succeeded.ShouldBeTrue();
        (await fixture.Get<GetInboxHandler>().HandleAsync(sarah)).ShouldContain(i => i.Id == id);

        (await fixture.Get<ReplyToNoteHandler>().HandleAsync(sarah, new ReplyToNoteCommand(id, "Thanks Priya - we liked you but the CEO is undecided. Keep it quiet."))).Succeeded.ShouldBeTrue();
        (await fixture.Get<GetNoteHandler>().HandleAsync(priya, id))!.Replies.ShouldBeEmpty();

        var pending = (await fixture.Get<GetReviewQueueHandler>().HandleAsync(recruiter)).Replies.Single(r => r.NoteId == id);
        var relayed = await fixture.Get<RelayReplyHandler>().HandleAsync(recruiter, new RelayReplyCommand(pending.Id, pending.Version, true, "Sarah thanks you for your note and will be in touch after the next round."));

        relayed.Value.ShouldBe(ClientReplyStatus.Relayed);
        var seen = (await fixture.Get<GetNoteHandler>().HandleAsync(priya, id))!.Replies.ShouldHaveSingleItem();
        seen.Body.ShouldBe("Sarah thanks you for your note and will be in touch after the next round.");
        seen.Body.ShouldNotContain("CEO");
    }

    [Fact]
    public async Task A_client_cannot_reply_to_a_note_that_was_never_delivered_to_them()
    {
        var id = await NoteFactory.SubmitAsync(fixture, "Dear Sarah,\n\nStill pending.\n\nPriya Raman", NoteKind.ThankYou);
        var sarah = await fixture.UserAsync("client@demo.test");

        var result = await fixture.Get<ReplyToNoteHandler>().HandleAsync(sarah, new ReplyToNoteCommand(id, "Hello"));

        result.Failure!.Kind.ShouldBe(FailureKind.NotFound);
    }
}
