using BenchmarkDotNet.Attributes;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Benchmarks;

/// <summary>The domain work on every queue action and every due-date calculation.</summary>
[MemoryDiagnoser]
public class DomainBenchmarks
{
    private static readonly TimeZoneInfo London = WorkingCalendar.Zone("Europe/London");
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Benchmark(Description = "Feedback due date: 3 working days, agency zone")]
    public DateTimeOffset FeedbackDueDate() => WorkingCalendar.AddWorkingDays(Now, 3, London);

    [Benchmark(Description = "Note: submit, claim, rewrite and approve")]
    public string? SubmitClaimRewriteApprove()
    {
        var recruiter = Guid.NewGuid();
        var note = new Note(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), NoteKind.ThankYou,
            "Thank you for your time today; I enjoyed hearing about the team's plans.", [], Guid.NewGuid(), Now);
        note.Claim(recruiter, Now);
        note.RewriteAndApprove(recruiter, "Thank you for your time today. I enjoyed hearing about the team's plans.", Now);
        return note.DeliveredBody;
    }
}
