using System.Diagnostics.Metrics;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.ReviewQueue.ApproveNote;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.ReviewQueue;

[Collection(DatabaseCollection.Name)]
public sealed class ReviewMetricsTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_decision_records_how_long_the_note_waited()
    {
        var measurements = new List<(double Hours, string? Decision)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == AppMetrics.MeterName && instrument.Name == "recruiter_liaison.review.latency")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            lock (measurements)
            {
                measurements.Add((value, tags.ToArray().FirstOrDefault(t => t.Key == "decision").Value as string));
            }
        });
        listener.Start();
        var id = await NoteFactory.SubmitAsync(fixture, "Dear Sarah,\n\nThank you for the interview.\n\nPriya Raman", NoteKind.ThankYou);

        // The fixture's clock only moves forward, as time does; later tests take "now" from it.
        fixture.Clock.Advance(TimeSpan.FromHours(3));
        var note = await NoteFactory.LoadAsync(fixture, id);
        (await fixture.Get<ApproveNoteHandler>().HandleAsync(await fixture.UserAsync("recruiter@demo.test"), new ApproveNoteCommand(id, note.Version, null))).Succeeded.ShouldBeTrue();

        lock (measurements)
        {
            measurements.ShouldContain(m => Math.Abs(m.Hours - 3) < 0.01 && m.Decision == "Approved");
        }
    }
}
