using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.ReviewQueue.ApproveNote;
using RecruiterLiaison.Application.ReviewQueue.DeclineNote;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.ReviewQueue;

[Collection(DatabaseCollection.Name)]
public sealed class ConcurrentReviewTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task In_a_hundred_simultaneous_approve_and_decline_pairs_exactly_one_of_each_pair_wins()
    {
        var recruiter = await fixture.UserAsync("recruiter@demo.test");
        var ids = new List<Guid>();
        for (var i = 0; i < 100; i++)
        {
            ids.Add(await NoteFactory.SubmitAsync(fixture, $"Dear Sarah,\n\nThank you for Friday (note {i}).\n\nPriya Raman", NoteKind.ThankYou));
        }

        await using (var db = await fixture.OpenAsync())
        {
            var versions = await db.Notes.Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.Version);
            var pairs = ids.Select(id => RacePairAsync(recruiter, id, versions[id])).ToList();
            var outcomes = await Task.WhenAll(pairs);

            outcomes.ShouldAllBe(pair => pair.Approved.Succeeded != pair.Declined.Succeeded);
            outcomes.Select(pair => pair.Approved.Succeeded ? pair.Declined : pair.Approved)
                .ShouldAllBe(loser => loser.Failure!.Kind == FailureKind.Conflict);
        }

        await using var check = await fixture.OpenAsync();
        var notes = await check.Notes.Include(n => n.Decisions).Where(n => ids.Contains(n.Id)).ToListAsync();
        notes.ShouldAllBe(n => n.Status == NoteStatus.Approved || n.Status == NoteStatus.Declined);
        notes.ShouldAllBe(n => n.Decisions.Count(d => d.Action == ReviewAction.Approved || d.Action == ReviewAction.Declined) == 1);
        notes.Where(n => n.Status == NoteStatus.Approved).ShouldAllBe(n => n.DeliveredBody != null);
        notes.Where(n => n.Status == NoteStatus.Declined).ShouldAllBe(n => n.DeliveredBody == null);
    }

    private async Task<(Result<Application.ReviewQueue.ReviewOutcome> Approved, Result<Application.ReviewQueue.ReviewOutcome> Declined)> RacePairAsync(CurrentUser recruiter, Guid id, uint version)
    {
        var approve = Task.Run(() => fixture.Get<ApproveNoteHandler>().HandleAsync(recruiter, new ApproveNoteCommand(id, version, null)));
        var decline = Task.Run(() => fixture.Get<DeclineNoteHandler>().HandleAsync(recruiter, new DeclineNoteCommand(id, version, DeclineReason.Tone, "Not this one.")));
        return (await approve, await decline);
    }
}
