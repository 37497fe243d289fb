using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using RecruiterLiaison.Domain.Agencies;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.Infrastructure.Seeding;

/// <summary>
/// Volumes for benchmarks: an agency with years of notes (<c>rl seed load --notes N</c>).
/// Each run adds N notes to the load agency, with clients, positions and candidates in
/// proportion (about 50 notes per candidate, as a candidate's history stays bounded while the
/// agency's grows); the review queue is topped up to <see cref="QueueSize"/> notes, the size a
/// working day leaves it, however long the history: what grows is the history, not the queue. The people and
/// the shape go through the domain; the notes, being most of the rows, go in with COPY.
/// Two accounts exist to measure with: <see cref="RecruiterEmail"/> and <see cref="CandidateEmail"/>.
/// </summary>
public sealed class LoadSeeder(AppDbContext db, UserManager<ApplicationUser> users, RoleManager<ApplicationRole> roles, NpgsqlDataSource dataSource, TimeProvider clock, ILogger<LoadSeeder> logger)
{
    public const string AgencyName = "Load Test Agency";
    public const string RecruiterEmail = "recruiter@load.test";
    public const string CandidateEmail = "candidate@load.test";
    public const int NotesPerCandidate = 50;

    /// <summary>Notes waiting for review once the seed has run: a queue is worked down daily.</summary>
    public const int QueueSize = 100;

    private static readonly NoteKind[] Kinds = Enum.GetValues<NoteKind>();

    public async Task<LoadReport> SeedAsync(int notes, int seed = 20261202, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(notes, 1);
        var now = clock.GetUtcNow();
        var faker = new Faker("en") { Random = new Randomizer(seed + await db.Notes.CountAsync(cancellationToken)) };
        var (agency, recruiterId, firstRun) = await EnsureAgencyAsync(cancellationToken);

        var candidateCount = Math.Max(1, notes / NotesPerCandidate);
        var existingClients = await db.ClientCompanies.CountAsync(c => c.AgencyId == agency.Id, cancellationToken);
        var clients = Enumerable.Range(existingClients + 1, Math.Max(2, candidateCount / 100)).Select(number => Client(agency, number, faker)).ToList();
        var positions = clients.SelectMany(c => Enumerable.Range(0, 2).Select(_ => new Position(agency.Id, c.Id, faker.Name.JobTitle(), faker.Lorem.Sentence(12)))).ToList();
        db.ClientCompanies.AddRange(clients);
        db.Positions.AddRange(positions);
        await db.SaveChangesAsync(cancellationToken);

        var correspondences = new List<Correspondence>(candidateCount);
        for (var i = 0; i < candidateCount; i++)
        {
            var candidate = i == 0 && firstRun
                ? new Candidate(agency.Id, (await CreateUserAsync(agency, CandidateEmail, "Lena Hartmann", Role.Candidate)).Id, "Lena Hartmann", CandidateEmail)
                : new Candidate(agency.Id, faker.Name.FullName(), faker.Internet.Email());
            var position = faker.PickRandom(positions);
            var client = clients.Single(c => c.Id == position.ClientCompanyId);
            var contact = faker.PickRandom(client.Contacts.ToList());
            var submitted = now.AddDays(-faker.Random.Int(30, 1500));
            var submission = new Submission(agency.Id, candidate.Id, position.Id, submitted);
            submission.MoveTo(SubmissionStage.FirstClientInterview, submitted.AddDays(3), null);
            var interview = new Interview(agency.Id, submission.Id, 1, submitted.AddDays(7), 60, InterviewFormat.Video);
            interview.AddInterviewer(contact.Id);
            db.Candidates.Add(candidate);
            db.Submissions.Add(submission);
            db.Interviews.Add(interview);
            correspondences.Add(new Correspondence(candidate.Id, submission.Id, interview.Id, contact.Id, contact.Name, interview.ScheduledAt));
            if (i % 2000 == 1999)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var waiting = await db.Notes.CountAsync(n => n.AgencyId == agency.Id && n.Status == NoteStatus.PendingReview, cancellationToken);
        var pending = Math.Clamp(QueueSize - waiting, 0, notes);
        await CopyNotesAsync(agency.Id, recruiterId, correspondences, notes, pending, faker, now, cancellationToken);
        logger.LogInformation("Load data: {Notes} notes ({Pending} pending) over {Candidates} candidates and {Clients} clients", notes, pending, candidateCount, clients.Count);
        return new LoadReport(notes, pending, candidateCount, clients.Count);
    }

    private async Task<(Agency Agency, Guid RecruiterId, bool FirstRun)> EnsureAgencyAsync(CancellationToken cancellationToken)
    {
        if (await db.Agencies.SingleOrDefaultAsync(a => a.Name == AgencyName, cancellationToken) is { } existing)
        {
            var recruiter = await db.Users.Where(u => u.Email == RecruiterEmail).Select(u => u.Id).SingleAsync(cancellationToken);
            return (existing, recruiter, false);
        }

        foreach (var role in new[] { Role.Recruiter, Role.Candidate }.Select(DependencyInjection.RoleName))
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Require(await roles.CreateAsync(new ApplicationRole(role)), role);
            }
        }

        var agency = new Agency(AgencyName, "Europe/London");
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(cancellationToken);
        var created = await CreateUserAsync(agency, RecruiterEmail, "Morgan Reyes", Role.Recruiter);
        return (agency, created.Id, true);
    }

    private async Task<ApplicationUser> CreateUserAsync(Agency agency, string email, string name, Role role)
    {
        var user = new ApplicationUser { Id = Guid.NewGuid(), AgencyId = agency.Id, UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        Require(await users.CreateAsync(user, DemoSeeder.Password), email);
        Require(await users.AddToRoleAsync(user, DependencyInjection.RoleName(role)), email);
        return user;
    }

    /// <summary>A client company; the number keeps names unique in the agency, as they must be.</summary>
    private static ClientCompany Client(Agency agency, int number, Faker faker)
    {
        var client = new ClientCompany(agency.Id, $"{faker.Company.CompanyName()} ({number})");
        foreach (var seniority in new[] { Seniority.Manager, Seniority.Staff, Seniority.Executive })
        {
            var name = faker.Name.FullName();
            client.AddContact(name, faker.Name.JobTitle(), faker.Internet.Email(name), seniority);
        }

        return client;
    }

    /// <summary>
    /// The notes, each with its first version and, when decided, the decision. The newest
    /// <paramref name="pending"/> wait for review; the rest were approved, declined or withdrawn.
    /// Triggers are off for the load (session_replication_role): a million change-feed
    /// notifications would only flood listeners; this needs a superuser, as a bench database has.
    /// </summary>
    private async Task CopyNotesAsync(Guid agencyId, Guid recruiterId, List<Correspondence> correspondences, int notes, int pending, Faker faker, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync(cancellationToken);
        }

        var bodies = Enumerable.Range(0, 500).Select(_ => faker.Lorem.Paragraphs(2)).ToArray();
        var rows = Enumerable.Range(0, notes).Select(i =>
        {
            var correspondence = correspondences[i % correspondences.Count];
            var isPending = i >= notes - pending;
            var submittedAt = isPending ? now.AddMinutes(-faker.Random.Int(5, 600)) : correspondence.InterviewAt.AddHours(faker.Random.Int(2, 24 * 400));
            var status = isPending ? NoteStatus.PendingReview : faker.Random.WeightedRandom([NoteStatus.Approved, NoteStatus.Declined, NoteStatus.Withdrawn], [0.85f, 0.1f, 0.05f]);
            var greeting = $"Dear {correspondence.ContactName},\n\n";
            return new NoteRow(Guid.CreateVersion7(submittedAt), correspondence, faker.PickRandom(Kinds), status, submittedAt, greeting + faker.PickRandom(bodies), faker.Random.Int(0, 60));
        }).ToList();

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY notes (id, agency_id, submission_id, interview_id, candidate_id, recipient_contact_id, kind, status, current_version_number, created_at, submitted_at, delivered_body, delivered_at, read_at, risk) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var note in rows)
            {
                var delivered = note.Status == NoteStatus.Approved;
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(note.Id, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(agencyId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(note.Correspondence.SubmissionId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(note.Correspondence.InterviewId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(note.Correspondence.CandidateId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(note.Correspondence.ContactId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(note.Kind.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(note.Status.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(note.SubmittedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(note.SubmittedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await WriteNullableAsync(writer, delivered ? note.Body : null, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(writer, delivered ? note.SubmittedAt.AddHours(3) : (DateTimeOffset?)null, NpgsqlDbType.TimestampTz, cancellationToken);
                await WriteNullableAsync(writer, delivered ? note.SubmittedAt.AddDays(1) : (DateTimeOffset?)null, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(note.Risk, NpgsqlDbType.Integer, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY note_versions (id, note_id, number, body, findings, created_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var note in rows)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(Guid.CreateVersion7(note.SubmittedAt), NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(note.Id, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(note.Body, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync("[]", NpgsqlDbType.Jsonb, cancellationToken);
                await writer.WriteAsync(note.SubmittedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY review_decisions (id, note_id, version_number, action, by_user_id, at, decline_reason, message, delivered_body) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var note in rows.Where(n => n.Status is NoteStatus.Approved or NoteStatus.Declined))
            {
                var approved = note.Status == NoteStatus.Approved;
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(Guid.CreateVersion7(note.SubmittedAt), NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(note.Id, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(approved ? nameof(ReviewAction.Approved) : nameof(ReviewAction.Declined), NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(recruiterId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(note.SubmittedAt.AddHours(3), NpgsqlDbType.TimestampTz, cancellationToken);
                await WriteNullableAsync(writer, approved ? null : nameof(DeclineReason.Timing), NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(writer, approved ? null : "Let us wait for their feedback first.", NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(writer, approved ? note.Body : null, NpgsqlDbType.Varchar, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        // Pooled connections are not reset on return (DependencyInjection.DataSource): put the triggers back.
        await using var analyze = new NpgsqlCommand("RESET session_replication_role; ANALYZE notes; ANALYZE note_versions; ANALYZE review_decisions; ANALYZE candidates;", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await writer.WriteAsync(value, type, cancellationToken);
        }
    }

    private static void Require(IdentityResult result, string subject)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {subject}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    private sealed record Correspondence(Guid CandidateId, Guid SubmissionId, Guid InterviewId, Guid ContactId, string ContactName, DateTimeOffset InterviewAt);

    private sealed record NoteRow(Guid Id, Correspondence Correspondence, NoteKind Kind, NoteStatus Status, DateTimeOffset SubmittedAt, string Body, int Risk);
}

public sealed record LoadReport(int Notes, int Pending, int Candidates, int Clients);
