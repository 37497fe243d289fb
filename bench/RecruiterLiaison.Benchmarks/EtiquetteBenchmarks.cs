using BenchmarkDotNet.Attributes;
using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Infrastructure.Spelling;

namespace RecruiterLiaison.Benchmarks;

/// <summary>Per-note time of the etiquette checker, warm, with the real Hunspell dictionary.</summary>
[MemoryDiagnoser]
public class EtiquetteBenchmarks
{
    // A realistic paragraph of about 60 words with a few things to find: a misspelling, pressure, a casual sign-off.
    private const string Paragraph =
        "Thank you for the conversation about the tracking platform on Friday. I enjoyed hearing how the team moved the parcel events onto a queue, " +
        "and I think my experiance running PostgreSQL in production would help with the reporting work. Please let me know ASAP whether there is " +
        "anything else you need from me before the next round. ";

    private EtiquetteChecker _checker = null!;
    private NoteCheckContext _context = null!;
    private string _body = "";

    [Params(60, 300, 1000)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _checker = EtiquetteChecker.Create(HunspellSpeller.Open("en_US"));
        _context = new NoteCheckContext
        {
            Kind = NoteKind.FollowUp,
            RecipientSeniority = Seniority.Manager,
            PriorContact = true,
            HoursSinceInterview = 50,
            SentAt = new DateTimeOffset(2026, 11, 17, 10, 0, 0, TimeSpan.Zero),
            FeedbackDueAt = new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero),
            TimeZone = "Europe/London",
            KnownNames = ["Priya Raman", "Sarah Lindqvist", "Halcyon Logistics", "Senior Backend Engineer"],
        };
        var words = Paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        _body = "Dear Sarah,\n\n" + string.Join(' ', Enumerable.Range(0, Words).Select(i => words[i % words.Length])) + "\n\nKind regards,\nPriya Raman";
    }

    [Benchmark(Description = "Check one note")]
    public int Check() => _checker.Check(_body, _context).Count;
}
