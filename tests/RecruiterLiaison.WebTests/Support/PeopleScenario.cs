using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.People.AcceptInvitation;
using RecruiterLiaison.Application.People.InvitePerson;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.WebTests.Support;

/// <summary>New people for tests that change them (deactivating a demo account would break other tests).</summary>
public sealed partial class PeopleScenario(AppFactory app)
{
    public const string Password = "Joined-pass-1";

    public async Task<CurrentUser> UserAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        IAppDbContext db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        return new CurrentUser(user.Id, user.AgencyId, user.Email, user.DisplayName, Enum.Parse<Role>(user.Role));
    }

    /// <summary>Invites a recruiter or an admin to the demo agency as its admin; returns the invitation, the address and the link's token.</summary>
    public async Task<(Guid InvitationId, string Email, string Name, string Token)> InviteStaffAsync(Role role = Role.Recruiter)
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var email = $"staff.{marker}@web-people.example";
        var name = $"Sam Staff {marker}";
        await using var scope = app.Services.CreateAsyncScope();
        var invited = await scope.ServiceProvider.GetRequiredService<InvitePersonHandler>().HandleAsync(await UserAsync(Demo.Admin), new InvitePersonCommand(role, email, name));
        invited.Failure.ShouldBeNull();
        return (invited.Value!.Id, email, name, await TokenSentToAsync(email));
    }

    /// <summary>A new person of the demo agency who joined through an invitation, with <see cref="Password"/>.</summary>
    public async Task<(Guid Id, string Email)> JoinAsync(Role role = Role.Recruiter)
    {
        var (_, email, _, token) = await InviteStaffAsync(role);
        await using var scope = app.Services.CreateAsyncScope();
        var accepted = await scope.ServiceProvider.GetRequiredService<AcceptInvitationHandler>().HandleAsync(new AcceptInvitationCommand(token, Password, Password));
        accepted.Failure.ShouldBeNull();
        return (accepted.Value!.UserId, email);
    }

    /// <summary>A candidate of the demo agency without an account.</summary>
    public async Task<Candidate> NewCandidateAsync(string agencyOf = Demo.Recruiter)
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var candidate = new Candidate((await UserAsync(agencyOf)).AgencyId, $"Cleo Candidate {marker}", $"cleo.{marker}@web-people.example");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync();
        return candidate;
    }

    /// <summary>The token in the newest invitation e-mail's link to the address.</summary>
    public async Task<string> TokenSentToAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var body = await db.OutboxMessages.Where(m => m.ToAddress == email).OrderByDescending(m => m.CreatedAt).Select(m => m.Body).FirstAsync();
        return LinkToken().Match(body).Groups[1].Value;
    }

    public async Task<int> AuditCountAsync(string action, Guid subjectId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AuditEvents.CountAsync(e => e.Action == action && e.SubjectId == subjectId);
    }

    [GeneratedRegex(@"/invitation/([A-Za-z0-9_-]+)")]
    private static partial Regex LinkToken();
}
