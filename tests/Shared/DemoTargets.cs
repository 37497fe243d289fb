using Microsoft.EntityFrameworkCore;

namespace RecruiterLiaison.Tests.Shared;

/// <summary>Ids in the demo data that tests outside the app's process write notes to.</summary>
public static class DemoTargets
{
    public const string Candidate = "candidate@demo.test";

    /// <summary>Priya's first interview for Senior Backend Engineer, to Sarah Lindqvist.</summary>
    public static async Task<(Guid SubmissionId, Guid InterviewId, Guid ContactId)> PriyaToSarahAsync(string connectionString)
    {
        await using var db = TestDatabase.OpenContext(connectionString);
        var target = await (
                from s in db.Submissions
                join c in db.Candidates on s.CandidateId equals c.Id
                join p in db.Positions on s.PositionId equals p.Id
                join i in db.Interviews on s.Id equals i.SubmissionId
                from v in i.Interviewers
                join contact in db.ClientContacts on v.ClientContactId equals contact.Id
                where c.Email == Candidate && p.Title == "Senior Backend Engineer" && contact.Name == "Sarah Lindqvist" && i.Round == 1
                select new { s.Id, InterviewId = i.Id, ContactId = contact.Id })
            .SingleAsync();
        return (target.Id, target.InterviewId, target.ContactId);
    }

    /// <summary>A personal access token, as <c>rl tokens create</c> makes one.</summary>
    public static async Task<string> TokenAsync(string connectionString, string email)
    {
        await using var db = TestDatabase.OpenContext(connectionString);
        return await new Infrastructure.Identity.ApiTokenService(db, TimeProvider.System).CreateAsync(email, "tests")
            ?? throw new InvalidOperationException($"No user {email}.");
    }

    /// <summary>E-mail waiting in the demo agency's outbox, each with a subject of its own, for the dispatchers to send.</summary>
    public static async Task<List<string>> QueueEmailsAsync(string connectionString, string marker, int count)
    {
        await using var db = TestDatabase.OpenContext(connectionString);
        var agency = await db.Agencies.Where(a => a.Name == "Northbridge Talent Partners").Select(a => a.Id).SingleAsync();
        var subjects = Enumerable.Range(0, count).Select(i => $"{marker} message {i}").ToList();
        db.OutboxMessages.AddRange(subjects.Select(s => new Domain.Notifications.OutboxMessage(agency, "someone@client.test", s, "Body.", DateTimeOffset.UtcNow)));
        await db.SaveChangesAsync();
        return subjects;
    }

    /// <summary>
    /// Further interviews of Priya's with Sarah, each with a feedback window falling due at
    /// <paramref name="firstDueAt"/> plus <paramref name="spacing"/> times its place, so the
    /// chaser has work due all through a test's run. Returns the windows' ids and due times.
    /// </summary>
    public static async Task<List<(Guid WindowId, DateTimeOffset DueAt)>> WindowsFallingDueAsync(
        string connectionString, int count, DateTimeOffset firstDueAt, TimeSpan spacing)
    {
        var (submissionId, _, contactId) = await PriyaToSarahAsync(connectionString);
        await using var db = TestDatabase.OpenContext(connectionString);
        var agency = await db.Submissions.Where(s => s.Id == submissionId).Select(s => s.AgencyId).SingleAsync();
        var firstRound = await db.Interviews.Where(i => i.SubmissionId == submissionId).MaxAsync(i => i.Round) + 1;
        var windows = new List<(Guid, DateTimeOffset)>();
        for (var place = 0; place < count; place++)
        {
            var interview = new Domain.Interviews.Interview(agency, submissionId, firstRound + place, firstDueAt.AddDays(-1), 45, Domain.Interviews.InterviewFormat.Video);
            interview.AddInterviewer(contactId);
            var window = new Domain.Feedback.FeedbackWindow(agency, interview.Id, firstDueAt + (spacing * place));
            db.Interviews.Add(interview);
            db.FeedbackWindows.Add(window);
            windows.Add((window.Id, window.DueAt));
        }

        await db.SaveChangesAsync();
        return windows;
    }
}
