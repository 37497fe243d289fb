using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Domain.Agencies;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Infrastructure.Spelling;

namespace RecruiterLiaison.Benchmarks;

/// <summary>
/// Per-note time of the etiquette checker, warm, with the real Hunspell dictionaries and the
/// shipped lexicons, as a new agency gets it (US and British spelling). Each iteration checks one
/// note, so P95 and P99 are per-note latencies: what a candidate typing waits for.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LatencyConfig))]
public class EtiquetteBenchmarks
{
    // A realistic paragraph of about 60 words with a few things to find: a misspelling, pressure, a
    // revisited answer, a casual word.
    private const string Paragraph =
        "Thank you for the conversation about the tracking platform on Friday. I enjoyed hearing how the team moved the parcel events onto a queue, " +
        "and I think my experiance running PostgreSQL in production would help with the reporting work. When you asked about on-call, what I meant was " +
        "that I led the rota. Please let me know ASAP whether there is anything else you need from me before the next round, thx. ";

    private EtiquetteChecker _checker = null!;
    private NoteCheckContext _context = null!;
    private string _body = "";

    [Params(60, 300, 1000)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _checker = new EtiquetteCheckers(locale => HunspellSpeller.Open(locale)).For(Agency.DefaultSpellingLocale);
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
            Policy = new ContactPolicyView(true, true, 2, 2, 19, 8),
        };
        var words = Paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        _body = "Dear Sarah,\n\n" + string.Join(' ', Enumerable.Range(0, Words).Select(i => words[i % words.Length])) + "\n\nKind regards,\nPriya Raman";

        // Warm means tiered up: single-check iterations are too few for the JIT's own warm-up.
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 500; i++)
            {
                Check();
            }

            Thread.Sleep(300);
        }
    }

    [Benchmark(Description = "Check one note")]
    public int Check() => _checker.Check(_body, _context).Count;

    /// <summary>One note per iteration, 200 iterations: the percentiles are of single checks.</summary>
    private sealed class LatencyConfig : ManualConfig
    {
        public LatencyConfig()
        {
            // This benchmark's own job only, not also the default job of Program.cs.
            UnionRule = ConfigUnionRule.AlwaysUseLocal;
            Add(DefaultConfig.Instance);
            AddJob(Job.Default.WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance)
                .WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(20).WithIterationCount(200));
            AddColumn(StatisticColumn.P95, new PercentileColumn(99));
        }
    }

    private sealed class PercentileColumn(int percentile) : IColumn
    {
        public string Id => $"P{percentile}";

        public string ColumnName => $"P{percentile}";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => percentile;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Time;

        public string Legend => $"{percentile}th percentile of single-note checks";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            return statistics is null ? "NA" : $"{statistics.Percentiles.Percentile(percentile) / 1000:N1} μs";
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
