using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.Clients;
using RecruiterLiaison.Application.Clients.AddContact;
using RecruiterLiaison.Application.Clients.CreateClient;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Positions.CreatePosition;
using RecruiterLiaison.Application.Positions.GetPosition;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Workspace;

/// <summary>Clients and positions of their own for each test, made through the handlers, so no test leans on another's data.</summary>
internal static class Workspace
{
    public static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<ClientDetail> ClientAsync(DatabaseFixture fixture, CurrentUser user, string name = "Client")
    {
        var result = await fixture.Get<CreateClientHandler>().HandleAsync(user, new CreateClientCommand(Unique(name)));
        result.Failure.ShouldBeNull();
        return result.Value!;
    }

    public static async Task<ContactItem> ContactAsync(DatabaseFixture fixture, CurrentUser user, Guid clientId, string name = "Ana Silva", Seniority seniority = Seniority.Manager)
    {
        var result = await fixture.Get<AddContactHandler>().HandleAsync(user, new AddContactCommand(clientId, name, "Head of Engineering", $"{Guid.NewGuid():N}@client.example", seniority));
        result.Failure.ShouldBeNull();
        return result.Value!;
    }

    public static async Task<PositionView> PositionAsync(DatabaseFixture fixture, CurrentUser user, Guid clientId, params string[] requirements)
    {
        var result = await fixture.Get<CreatePositionHandler>().HandleAsync(user, new CreatePositionCommand(clientId, Unique("Platform Engineer"), "Leeds", "Build the platform.", requirements));
        result.Failure.ShouldBeNull();
        return result.Value!;
    }

    /// <summary>A client contact with a sign-in account, as their invitation would leave them.</summary>
    public static async Task<CurrentUser> ContactWithAccountAsync(DatabaseFixture fixture, CurrentUser recruiter, Guid clientId, Guid contactId)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{Guid.NewGuid():N}@client.example";
        var account = new ApplicationUser { Id = Guid.NewGuid(), AgencyId = recruiter.AgencyId, UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Ana Silva" };
        (await users.CreateAsync(account, "Demo-pass-1")).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(account, nameof(Role.Client))).Succeeded.ShouldBeTrue();
        await using var db = await fixture.OpenAsync();
        var contact = await db.ClientContacts.SingleAsync(c => c.Id == contactId && c.ClientCompanyId == clientId);
        contact.LinkAccount(account.Id);
        await db.SaveChangesAsync();
        return new CurrentUser(account.Id, recruiter.AgencyId, email, account.DisplayName, Role.Client);
    }

    /// <summary>A candidate put forward for the position, with a past interview the contact sat on.</summary>
    public static async Task<Guid> PastInterviewAsync(DatabaseFixture fixture, CurrentUser recruiter, Guid positionId, Guid contactId, int round = 1, Guid? submissionId = null)
    {
        await using var db = await fixture.OpenAsync();
        if (submissionId is null)
        {
            var candidate = new Candidate(recruiter.AgencyId, Unique("Sam Carter"), $"{Guid.NewGuid():N}@candidate.example");
            var submission = new Submission(recruiter.AgencyId, candidate.Id, positionId, fixture.Clock.GetUtcNow().AddDays(-10));
            db.Candidates.Add(candidate);
            db.Submissions.Add(submission);
            submissionId = submission.Id;
        }

        var interview = new Interview(recruiter.AgencyId, submissionId.Value, round, fixture.Clock.GetUtcNow().AddDays(-3 + round), 60, InterviewFormat.Video);
        interview.AddInterviewer(contactId);
        db.Interviews.Add(interview);
        await db.SaveChangesAsync();
        return interview.Id;
    }

    /// <summary>Feedback on the interview that rates the given requirements, written straight to the database.</summary>
    public static async Task RateAsync(DatabaseFixture fixture, CurrentUser recruiter, Guid interviewId, Guid contactId, params Guid[] requirementIds)
    {
        await using var db = await fixture.OpenAsync();
        var feedback = new ClientFeedback(recruiter.AgencyId, interviewId, contactId, FeedbackDecision.Advance, "", fixture.Clock.GetUtcNow());
        foreach (var id in requirementIds)
        {
            feedback.Rate(id, 3, "Met.");
        }

        db.ClientFeedback.Add(feedback);
        await db.SaveChangesAsync();
    }

    public static async Task<bool> AuditedAsync(DatabaseFixture fixture, CurrentUser user, string action, Guid subjectId)
    {
        await using var db = await fixture.OpenAsync();
        return await db.AuditEvents.AnyAsync(e => e.ActorUserId == user.UserId && e.Action == action && e.SubjectId == subjectId);
    }
}
