using System.Diagnostics.Metrics;

namespace RecruiterLiaison.Application.Common;

/// <summary>
/// The product's own measures (ARCHITECTURE.md, Operations): how long notes wait for review,
/// how deep the queue is, how many feedback windows are overdue. Exported by any OpenTelemetry
/// or dotnet-counters listener on the meter "RecruiterLiaison".
/// </summary>
public static class AppMetrics
{
    public const string MeterName = "RecruiterLiaison";

    private static readonly Meter Meter = new(MeterName);

    private static long _queueDepth;
    private static long _overdueWindows;

    /// <summary>Hours from submission to a recruiter's decision.</summary>
    public static readonly Histogram<double> ReviewLatency = Meter.CreateHistogram<double>("recruiter_liaison.review.latency", unit: "h", description: "Time a note waited for a recruiter's decision");

    static AppMetrics()
    {
        Meter.CreateObservableGauge("recruiter_liaison.review.queue_depth", () => Interlocked.Read(ref _queueDepth), description: "Notes pending review, all agencies");
        Meter.CreateObservableGauge("recruiter_liaison.feedback.overdue_windows", () => Interlocked.Read(ref _overdueWindows), description: "Feedback windows past due without feedback");
    }

    /// <summary>Set by the background jobs each run, so observing the gauges never touches the database.</summary>
    public static void Snapshot(long queueDepth, long overdueWindows)
    {
        Interlocked.Exchange(ref _queueDepth, queueDepth);
        Interlocked.Exchange(ref _overdueWindows, overdueWindows);
    }
}
