using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.WebTests.Support;

/// <summary>
/// Clients, positions, candidates and submissions of a test's own, made with the domain types:
/// no demo count, demo client view or demo dialog changes under another test.
/// </summary>
public static class Workspace
{
    public static string Unique() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>A position at a client of its own, whose one contact (Ines Duarte) has no account.</summary>
    public static async Task<(Guid Id, string Title, string Client)> PositionAsync(AppFactory app, PositionStatus status = PositionStatus.Open, string staffEmail = Demo.Recruiter)
    {
        await using var db = await OpenAsync(app);
        var agencyId = await db.Users.Where(u => u.Email == staffEmail).Select(u => u.AgencyId).SingleAsync();
        var suffix = Unique();
        var client = new ClientCompany(agencyId, $"Kestrel Freight {suffix}");
        client.AddContact("Ines Duarte", "Head of Engineering", $"ines.{suffix}@kestrel.example", Seniority.Manager);
        var position = new Position(agencyId, client.Id, $"Platform Engineer {suffix}", "Build the routing platform.", "Leeds");
        position.ChangeStatus(status);
        db.ClientCompanies.Add(client);
        db.Positions.Add(position);
        await db.SaveChangesAsync();
        return (position.Id, position.Title, client.Name);
    }

    /// <summary>A candidate without an account, as a recruiter adds one.</summary>
    public static async Task<(Guid Id, string Name, string Email)> CandidateAsync(AppFactory app, string name = "Ravi Menon", string staffEmail = Demo.Recruiter)
    {
        await using var db = await OpenAsync(app);
        var agencyId = await db.Users.Where(u => u.Email == staffEmail).Select(u => u.AgencyId).SingleAsync();
        var candidate = new Candidate(agencyId, name, $"{name.Replace(' ', '.').ToLowerInvariant()}.{Unique()}@example.test", "+44 7700 900123", "Manchester", "Routing and dispatch systems.");
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync();
        return (candidate.Id, candidate.Name, candidate.Email);
    }

    /// <summary>A submission already at <paramref name="stage"/>, as interviews would have moved it.</summary>
    public static async Task<Guid> SubmissionAsync(AppFactory app, Guid candidateId, Guid positionId, SubmissionStage stage = SubmissionStage.RecruiterScreen)
    {
        await using var db = await OpenAsync(app);
        var agencyId = await db.Candidates.Where(c => c.Id == candidateId).Select(c => c.AgencyId).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var submission = new Submission(agencyId, candidateId, positionId, now.AddDays(-7), "Strong on routing problems.");
        submission.MoveTo(stage, now.AddDays(-2), null);
        db.Submissions.Add(submission);
        await db.SaveChangesAsync();
        return submission.Id;
    }

    public static async Task<Guid> CandidateIdOfAsync(AppFactory app, string email)
    {
        await using var db = await OpenAsync(app);
        return await db.Candidates.Where(c => c.Email == email).Select(c => c.Id).SingleAsync();
    }

    public static async Task<AppDbContext> OpenAsync(AppFactory app) =>
        await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
}
