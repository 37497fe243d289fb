using Microsoft.Extensions.Logging.Abstractions;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Web.Live;

namespace RecruiterLiaison.WebTests.Live;

public sealed class ChangeNotifierTests
{
    [Fact]
    public async Task When_the_feed_resumes_every_subscriber_hears_of_a_change_to_anything_in_its_own_agency_and_kind()
    {
        var notifier = new ChangeNotifier(NullLogger<ChangeNotifier>.Instance);
        var (agency, other) = (Guid.NewGuid(), Guid.NewGuid());
        var heard = new System.Collections.Concurrent.ConcurrentQueue<(string Who, Change Change)>();
        using var notes = notifier.Subscribe(ChangeKind.Note, agency, c => { heard.Enqueue(("notes", c)); return Task.CompletedTask; });
        using var replies = notifier.Subscribe(ChangeKind.ClientReply, other, c => { heard.Enqueue(("replies", c)); return Task.CompletedTask; });
        var told = new List<bool>();
        notifier.InterruptionChanged += () => told.Add(notifier.IsInterrupted);

        notifier.Interrupted();
        heard.ShouldBeEmpty("an interruption reloads nothing: the database is away");
        notifier.Resumed();

        for (var attempt = 0; attempt < 50 && heard.Count < 2; attempt++)
        {
            await Task.Delay(10);
        }

        told.ShouldBe([true, false]);
        heard.ShouldContain(("notes", Change.Anything(ChangeKind.Note, agency)));
        heard.ShouldContain(("replies", Change.Anything(ChangeKind.ClientReply, other)));
        heard.Count.ShouldBe(2);
    }
}
