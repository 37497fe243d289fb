using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Infrastructure.Identity;

namespace RecruiterLiaison.IntegrationTests.Support;

/// <summary>
/// Clients, positions, candidates and submissions of a test's own, made with the domain types,
/// so no demo count or demo client view changes under another test.
/// </summary>
internal static class CandidateWorkspace
{
    public static string Unique() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>A position at a client of its own (one contact, without an account) in the agency of <paramref name="staffEmail"/>.</summary>
    public static async Task<(Guid Id, string Title, string Client)> PositionAsync(DatabaseFixture fixture, PositionStatus status = PositionStatus.Open, string staffEmail = "recruiter@demo.test")
    {
        var staff = await fixture.UserAsync(staffEmail);
        var suffix = Unique();
        var client = new ClientCompany(staff.AgencyId, $"Kestrel Freight {suffix}");
        client.AddContact("Ines Duarte", "Head of Engineering", $"ines.{suffix}@kestrel.example", Seniority.Manager);
        var position = new Position(staff.AgencyId, client.Id, $"Platform Engineer {suffix}", "Build the routing platform.", "Leeds");
        position.ChangeStatus(status);
        await using var db = await fixture.OpenAsync();
        db.ClientCompanies.Add(client);
        db.Positions.Add(position);
        await db.SaveChangesAsync();
        return (position.Id, position.Title, client.Name);
    }

    /// <summary>A candidate who has accepted an invitation: an account with the Candidate role, tied to the candidate.</summary>
    public static async Task<(CurrentUser User, Guid CandidateId)> CandidateWithAccountAsync(DatabaseFixture fixture, string staffEmail = "recruiter@demo.test")
    {
        var staff = await fixture.UserAsync(staffEmail);
        var email = $"candidate.{Unique()}@example.test";
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var account = new ApplicationUser { Id = Guid.NewGuid(), AgencyId = staff.AgencyId, UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Maya Lindgren" };
        (await users.CreateAsync(account, "Candidate-pass-1")).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(account, nameof(Role.Candidate))).Succeeded.ShouldBeTrue();
        var candidate = new Candidate(staff.AgencyId, account.Id, "Maya Lindgren", email);
        await using var db = await fixture.OpenAsync();
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync();
        return (new CurrentUser(account.Id, staff.AgencyId, email, account.DisplayName, Role.Candidate), candidate.Id);
    }

    /// <summary>A candidate without an account, as a recruiter adds one.</summary>
    public static async Task<Guid> CandidateAsync(DatabaseFixture fixture, string name = "Ravi Menon", string staffEmail = "recruiter@demo.test")
    {
        var staff = await fixture.UserAsync(staffEmail);
        var candidate = new Candidate(staff.AgencyId, name, $"{name.Replace(' ', '.').ToLowerInvariant()}.{Unique()}@example.test");
        await using var db = await fixture.OpenAsync();
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync();
        return candidate.Id;
    }

    /// <summary>A submission already at <paramref name="stage"/> (as interviews would have moved it).</summary>
    public static async Task<Guid> SubmissionAsync(DatabaseFixture fixture, Guid candidateId, Guid positionId, SubmissionStage stage = SubmissionStage.RecruiterScreen)
    {
        await using var db = await fixture.OpenAsync();
        var agencyId = db.Candidates.Where(c => c.Id == candidateId).Select(c => c.AgencyId).Single();
        var submission = new Submission(agencyId, candidateId, positionId, fixture.Clock.GetUtcNow().AddDays(-7), "Strong on routing problems.");
        submission.MoveTo(stage, fixture.Clock.GetUtcNow().AddDays(-2), null);
        db.Submissions.Add(submission);
        await db.SaveChangesAsync();
        return submission.Id;
    }
}
