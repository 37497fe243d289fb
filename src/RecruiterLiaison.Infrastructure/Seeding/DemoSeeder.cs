using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Domain.Agencies;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.Infrastructure.Seeding;

/// <summary>
/// Creates the demo agency (and a second agency, for isolation) once. Running it again
/// changes nothing: it stops as soon as it finds the demo admin.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, UserManager<ApplicationUser> users, RoleManager<ApplicationRole> roles, EtiquetteCheckers checkers, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string Password = "Demo-pass-1";

    /// <summary>Seeds when missing; returns true when it created anything.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        await EnsureRolesAsync();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == "ADMIN@DEMO.TEST", cancellationToken))
        {
            logger.LogInformation("Demo data already present");
            return false;
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SeedNorthbridgeAsync(now, cancellationToken);
        await SeedMeridianAsync(now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Demo data created");
        return true;
    }

    private async Task SeedNorthbridgeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var agency = new Agency("Northbridge Talent Partners", "Europe/London");
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(cancellationToken);
        var zone = WorkingCalendar.Zone(agency.TimeZone);

        await CreateUserAsync(agency, "admin@demo.test", "Helen Marsh", Role.AgencyAdmin);
        await CreateUserAsync(agency, "recruiter@demo.test", "Daniel Okafor", Role.Recruiter);
        var priyaUser = await CreateUserAsync(agency, "candidate@demo.test", "Priya Raman", Role.Candidate);
        var tomUser = await CreateUserAsync(agency, "candidate2@demo.test", "Tom Whitfield", Role.Candidate);
        var sarahUser = await CreateUserAsync(agency, "client@demo.test", "Sarah Lindqvist", Role.Client);
        var aishaUser = await CreateUserAsync(agency, "client2@demo.test", "Aisha Karim", Role.Client);

        var halcyon = new ClientCompany(agency.Id, "Halcyon Logistics");
        var sarah = halcyon.AddContact("Sarah Lindqvist", "Engineering Manager", "client@demo.test", Seniority.Manager, sarahUser.Id);
        var james = halcyon.AddContact("James Porter", "Senior Software Engineer", "james.porter@halcyon-logistics.example", Seniority.Staff);
        var marcus = halcyon.AddContact("Marcus Bell", "Chief Executive Officer", "marcus.bell@halcyon-logistics.example", Seniority.Executive);
        var corvid = new ClientCompany(agency.Id, "Corvid Health");
        var aisha = corvid.AddContact("Aisha Karim", "Finance Operations Manager", "client2@demo.test", Seniority.Manager, aishaUser.Id);
        corvid.Policy.Change(notesAllowed: true, thankYouNotesAllowed: true, maxNotesPerRound: 1, minDaysBetweenNotes: 3, quietHoursStart: 18, quietHoursEnd: 8);
        db.ClientCompanies.AddRange(halcyon, corvid);

        var backend = Position(agency, halcyon, "Senior Backend Engineer",
            "Own the shipment-tracking services that move 40,000 parcels a day.",
            "C# and .NET services in production", "PostgreSQL schema design and tuning", "Event-driven architecture with message queues", "Mentoring junior engineers", "Sharing on-call for critical services");
        var dataLead = Position(agency, halcyon, "Data Platform Lead",
            "Lead a team of four building the warehouse and reporting platform.",
            "Leading a data engineering team", "Dimensional modelling", "Streaming ingestion", "Stakeholder management with operations");
        var analyst = Position(agency, corvid, "Financial Systems Analyst",
            "Keep the finance systems of a 30-clinic healthcare group accurate and audited.",
            "ERP configuration (NetSuite or similar)", "SQL reporting", "Month-end close support", "Audit trail and controls", "Clear writing for non-technical colleagues");
        db.Positions.AddRange(backend, dataLead, analyst);

        var priya = new Candidate(agency.Id, priyaUser.Id, "Priya Raman", priyaUser.Email!);
        var tom = new Candidate(agency.Id, tomUser.Id, "Tom Whitfield", tomUser.Email!);
        db.Candidates.AddRange(priya, tom);

        // Priya, backend: first round done and received, second round next week with the CEO sitting in.
        var priyaBackend = new Submission(agency.Id, priya.Id, backend.Id, now.AddDays(-20));
        priyaBackend.MoveTo(SubmissionStage.FirstClientInterview, now.AddDays(-14), null);
        priyaBackend.MoveTo(SubmissionStage.FurtherInterviews, now.AddDays(-5), null);
        var round1 = Interview(agency, priyaBackend, 1, LocalTime(now, -8, 10, zone), InterviewFormat.Video, sarah, james);
        var round2 = Interview(agency, priyaBackend, 2, LocalTime(now, 5, 14, zone), InterviewFormat.OnSite, sarah, marcus);
        var round1Window = Window(agency, round1, zone);
        round1Window.MarkReceived(now.AddDays(-6));
        var round1Feedback = new ClientFeedback(agency.Id, round1.Id, sarah.Id, FeedbackDecision.Advance, "Strong on systems design; keen to see her with the wider team.", now.AddDays(-6));
        var ratings = backend.Requirements.OrderBy(r => r.Ordinal).ToList();
        round1Feedback.Rate(ratings[0].Id, 4, "Walked through a real incident in detail.");
        round1Feedback.Rate(ratings[1].Id, 3, "Solid indexing knowledge.");
        round1Feedback.Rate(ratings[2].Id, 3, "Has used RabbitMQ in production.");
        round1Feedback.Rate(ratings[3].Id, 2, "Little formal mentoring so far.");
        round1Feedback.Rate(ratings[4].Id, 3, "Comfortable with a rota.");
        db.ClientFeedback.Add(round1Feedback);
        db.FeedbackWindows.AddRange(round1Window, Window(agency, round2, zone));

        // Priya, analyst: interviewed yesterday, window open.
        var priyaAnalyst = new Submission(agency.Id, priya.Id, analyst.Id, now.AddDays(-10));
        priyaAnalyst.MoveTo(SubmissionStage.FirstClientInterview, now.AddDays(-3), null);
        var analystRound = Interview(agency, priyaAnalyst, 1, LocalTime(now, -1, 11, zone), InterviewFormat.Video, aisha);
        db.FeedbackWindows.Add(Window(agency, analystRound, zone));

        // Tom, backend: interviewed over a week ago, no feedback yet: overdue.
        var tomBackend = new Submission(agency.Id, tom.Id, backend.Id, now.AddDays(-18));
        tomBackend.MoveTo(SubmissionStage.FirstClientInterview, now.AddDays(-12), null);
        var tomRound = Interview(agency, tomBackend, 1, LocalTime(now, -9, 15, zone), InterviewFormat.Video, sarah);
        db.FeedbackWindows.Add(Window(agency, tomRound, zone));

        // Tom, data lead: still with the recruiter.
        var tomData = new Submission(agency.Id, tom.Id, dataLead.Id, now.AddDays(-2));
        db.Submissions.AddRange(priyaBackend, priyaAnalyst, tomBackend, tomData);

        db.Notes.Add(SeedNote(agency, priyaAnalyst, analystRound, priya, aisha, NoteKind.ThankYou,
            "Dear Aisha,\n\nThank you for taking the time to speak with me yesterday about the Financial Systems Analyst role. " +
            "I especially enjoyed hearing how your team is moving the month-end close onto a shared calendar.\n\nKind regards,\nPriya Raman",
            priyaUser.Id, now.AddHours(-20)));
        db.Notes.Add(SeedNote(agency, tomBackend, tomRound, tom, sarah, NoteKind.FollowUp,
            "Hi Sarah, just checking in on where things are with the backend role. I have another process moving quickly, so an update this week would help me plan.\n\nThanks,\nTom",
            tomUser.Id, now.AddHours(-3)));

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedMeridianAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var agency = new Agency("Meridian Search Group", "America/New_York");
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(cancellationToken);
        var zone = WorkingCalendar.Zone(agency.TimeZone);

        await CreateUserAsync(agency, "admin@meridian.test", "Grace Holloway", Role.AgencyAdmin);
        await CreateUserAsync(agency, "recruiter@meridian.test", "Luis Ferreira", Role.Recruiter);
        var candidateUser = await CreateUserAsync(agency, "candidate@meridian.test", "Noah Brennan", Role.Candidate);
        var clientUser = await CreateUserAsync(agency, "client@meridian.test", "Olivia Chen", Role.Client);

        var aldgate = new ClientCompany(agency.Id, "Aldgate Insurance");
        var olivia = aldgate.AddContact("Olivia Chen", "Head of Claims Technology", "client@meridian.test", Seniority.SeniorLeader, clientUser.Id);
        db.ClientCompanies.Add(aldgate);
        var position = Position(agency, aldgate, "Claims Platform Engineer",
            "Modernise the claims intake platform.",
            "Java or C# back-end services", "Insurance domain knowledge", "Cloud infrastructure as code", "Working with business analysts");
        db.Positions.Add(position);
        var noah = new Candidate(agency.Id, candidateUser.Id, "Noah Brennan", candidateUser.Email!);
        db.Candidates.Add(noah);
        var submission = new Submission(agency.Id, noah.Id, position.Id, now.AddDays(-7));
        submission.MoveTo(SubmissionStage.FirstClientInterview, now.AddDays(-4), null);
        var interview = Interview(agency, submission, 1, LocalTime(now, -2, 13, zone), InterviewFormat.Phone, olivia);
        db.Submissions.Add(submission);
        db.FeedbackWindows.Add(Window(agency, interview, zone));
        db.Notes.Add(SeedNote(agency, submission, interview, noah, olivia, NoteKind.ThankYou,
            "Dear Olivia,\n\nThank you for the conversation on Tuesday about the claims platform.\n\nBest regards,\nNoah Brennan",
            candidateUser.Id, now.AddHours(-30)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A pending note, checked like any submitted note (on its text, kind and send time).</summary>
    private Note SeedNote(Agency agency, Submission submission, Interview interview, Candidate candidate, ClientContact recipient, NoteKind kind, string body, Guid byUserId, DateTimeOffset at)
    {
        var context = new NoteCheckContext { Kind = kind, SentAt = at, TimeZone = agency.TimeZone, RecipientSeniority = recipient.Seniority, KnownNames = [candidate.Name, recipient.Name] };
        var findings = checkers.For(agency.SpellingLocale).Check(body, context);
        return new Note(agency.Id, submission.Id, interview.Id, candidate.Id, recipient.Id, kind, body, findings, byUserId, at);
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            var name = DependencyInjection.RoleName(role);
            if (!await roles.RoleExistsAsync(name))
            {
                Check(await roles.CreateAsync(new ApplicationRole(name)), name);
            }
        }
    }

    private async Task<ApplicationUser> CreateUserAsync(Agency agency, string email, string displayName, Role role)
    {
        var user = new ApplicationUser
        {
            Id = Guid.NewGuid(),
            AgencyId = agency.Id,
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
        };
        Check(await users.CreateAsync(user, Password), email);
        Check(await users.AddToRoleAsync(user, DependencyInjection.RoleName(role)), email);
        return user;
    }

    private static Position Position(Agency agency, ClientCompany client, string title, string description, params string[] requirements)
    {
        var position = new Position(agency.Id, client.Id, title, description);
        foreach (var requirement in requirements)
        {
            position.AddRequirement(requirement);
        }

        return position;
    }

    private Interview Interview(Agency agency, Submission submission, int round, DateTimeOffset at, InterviewFormat format, params ClientContact[] interviewers)
    {
        var interview = new Interview(agency.Id, submission.Id, round, at, 60, format);
        foreach (var contact in interviewers)
        {
            interview.AddInterviewer(contact.Id);
        }

        db.Interviews.Add(interview);
        return interview;
    }

    /// <summary>A round local hour <paramref name="days"/> days from now, in the agency's zone.</summary>
    private static DateTimeOffset LocalTime(DateTimeOffset now, int days, int hour, TimeZoneInfo zone)
    {
        var date = TimeZoneInfo.ConvertTime(now, zone).Date.AddDays(days);

        // Interviews happen on working days: a weekend date moves back (past) or on (future).
        while (!WorkingCalendar.IsWorkingDay(date.DayOfWeek))
        {
            date = date.AddDays(days < 0 ? -1 : 1);
        }

        date = date.AddHours(hour);
        return new DateTimeOffset(date, zone.GetUtcOffset(date)).ToUniversalTime();
    }

    private static FeedbackWindow Window(Agency agency, Interview interview, TimeZoneInfo zone) =>
        new(agency.Id, interview.Id, WorkingCalendar.AddWorkingDays(interview.EndsAt, agency.FeedbackDueWorkingDays, zone));

    private static void Check(IdentityResult result, string subject)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {subject} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
