using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.ReviewQueue.ClaimNote;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Infrastructure.Changes;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Changes;

/// <summary>The change feed on real PostgreSQL: what commits is announced to every listening instance, what rolls back is not.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ChangeFeedTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_submitted_and_then_claimed_note_is_announced_to_every_listening_instance()
    {
        await using var first = await ListeningAsync();
        await using var second = await ListeningAsync();

        var id = await NoteFactory.SubmitAsync(fixture, "Dear Sarah,\n\nThank you for Friday.\n\nPriya Raman", NoteKind.ThankYou);
        var recruiter = await fixture.UserAsync("recruiter@demo.test");
        (await fixture.Get<ClaimNoteHandler>().HandleAsync(recruiter, id)).Succeeded.ShouldBeTrue();

        foreach (var instance in new[] { first, second })
        {
            var changes = await instance.WaitForAsync(c => c.Kind == ChangeKind.Note && c.Id == id, count: 2);
            changes.ShouldAllBe(c => c.AgencyId == recruiter.AgencyId);
            (await instance.WaitForAsync(c => c.Kind == ChangeKind.Notification, count: 1)).ShouldNotBeEmpty("submitting tells the recruiters");
        }
    }

    [Fact]
    public async Task A_change_that_rolls_back_is_never_announced()
    {
        await using var listener = await ListeningAsync();
        var id = await NoteFactory.SubmitAsync(fixture, "Dear Sarah,\n\nA short question about the rota.\n\nPriya Raman", NoteKind.Question);
        await listener.WaitForAsync(c => c.Id == id, count: 1);
        listener.Clear();

        await using (var connection = new NpgsqlConnection(fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var touch = new NpgsqlCommand("UPDATE notes SET risk = risk WHERE id = @id", connection, transaction);
            touch.Parameters.AddWithValue("id", id);
            (await touch.ExecuteNonQueryAsync()).ShouldBe(1);
            await transaction.RollbackAsync();
        }

        // A later committed change arrives; the rolled-back one before it never did.
        var marker = await NoteFactory.SubmitAsync(fixture, "Dear Sarah,\n\nThank you again.\n\nPriya Raman", NoteKind.ThankYou);
        await listener.WaitForAsync(c => c.Id == marker, count: 1);
        listener.Received.ShouldNotContain(c => c.Id == id);
    }

    [Fact]
    public async Task A_lost_connection_is_told_as_an_interruption_and_the_feed_resumes_and_delivers_again()
    {
        var name = $"feed-{Guid.NewGuid():N}"[..20];
        await using var listener = await ListeningAsync(name);

        await using (var connection = new NpgsqlConnection(fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var terminate = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name AND query = 'LISTEN rl_changes'", connection);
            terminate.Parameters.AddWithValue("name", name);
            ((long)(await terminate.ExecuteScalarAsync())!).ShouldBe(1);
        }

        await listener.WaitForStateAsync(s => s.Interruptions == 1 && s.Resumptions == 1);
        var id = await NoteFactory.SubmitAsync(fixture, "Dear Sarah,\n\nThank you for Friday.\n\nPriya Raman", NoteKind.ThankYou);
        await listener.WaitForAsync(c => c.Id == id, count: 1);
    }

    [Fact]
    public void Change_to_anything_concerns_every_id_and_a_change_only_its_own()
    {
        var agency = Guid.NewGuid();
        var note = Guid.NewGuid();
        Change.Anything(ChangeKind.Note, agency).Concerns(note).ShouldBeTrue();
        new Change(ChangeKind.Note, agency, note).Concerns(note).ShouldBeTrue();
        new Change(ChangeKind.Note, agency, note).Concerns(Guid.NewGuid()).ShouldBeFalse();
    }

    [Fact]
    public void Payloads_that_are_not_kind_agency_id_are_ignored()
    {
        ChangeFeedListener.Parse("note:" + Guid.Empty + ":" + Guid.Empty).ShouldBe(new Change(ChangeKind.Note, Guid.Empty, Guid.Empty));
        ChangeFeedListener.Parse("note:not-a-guid:" + Guid.Empty).ShouldBeNull();
        ChangeFeedListener.Parse("drop table notes").ShouldBeNull();
        ChangeFeedListener.Parse("nothing:" + Guid.Empty + ":" + Guid.Empty).ShouldBeNull();
    }

    private async Task<RecordingInstance> ListeningAsync(string applicationName = "change-feed-tests")
    {
        var connectionString = new NpgsqlConnectionStringBuilder(fixture.ConnectionString) { ApplicationName = applicationName }.ConnectionString;
        var instance = new RecordingInstance(NpgsqlDataSource.Create(connectionString));
        await instance.StartAsync();
        return instance;
    }

    /// <summary>One app instance's listener with a sink that remembers what it heard.</summary>
    private sealed class RecordingInstance(NpgsqlDataSource dataSource) : IChangeSink, IAsyncDisposable
    {
        private readonly ConcurrentQueue<Change> _received = new();
        private ChangeFeedListener? _listener;

        public IReadOnlyList<Change> Received => [.. _received];

        public int Interruptions { get; private set; }

        public int Resumptions { get; private set; }

        public void Publish(Change change) => _received.Enqueue(change);

        public void Interrupted() => Interruptions++;

        public void Resumed() => Resumptions++;

        public async Task WaitForStateAsync(Func<RecordingInstance, bool> condition)
        {
            for (var attempt = 0; attempt < 200 && !condition(this); attempt++)
            {
                await Task.Delay(50);
            }

            condition(this).ShouldBeTrue($"interrupted {Interruptions} time(s), resumed {Resumptions} time(s) within 10 seconds");
        }

        public void Clear() => _received.Clear();

        public async Task StartAsync()
        {
            _listener = new ChangeFeedListener(dataSource, this, NullLogger<ChangeFeedListener>.Instance);
            await _listener.StartAsync(CancellationToken.None);
            // LISTEN is issued on the listener's own task; wait until the server has it.
            await using var connection = await dataSource.OpenConnectionAsync();
            for (var attempt = 0; attempt < 100; attempt++)
            {
                await using var probe = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE query = 'LISTEN rl_changes'", connection);
                if ((long)(await probe.ExecuteScalarAsync())! > 0)
                {
                    return;
                }

                await Task.Delay(50);
            }
        }

        public async Task<IReadOnlyList<Change>> WaitForAsync(Func<Change, bool> match, int count)
        {
            for (var attempt = 0; attempt < 100; attempt++)
            {
                var found = Received.Where(match).ToList();
                if (found.Count >= count)
                {
                    return found;
                }

                await Task.Delay(50);
            }

            throw new TimeoutException($"Heard {Received.Count} change(s), not {count} matching, within 5 seconds: {string.Join(", ", Received)}");
        }

        public async ValueTask DisposeAsync()
        {
            if (_listener is not null)
            {
                await _listener.StopAsync(CancellationToken.None);
                _listener.Dispose();
            }

            await dataSource.DisposeAsync();
        }
    }
}
