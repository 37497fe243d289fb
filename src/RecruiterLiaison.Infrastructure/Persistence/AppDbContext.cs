using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Agencies;
using RecruiterLiaison.Domain.Auditing;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Domain.Notifications;
using RecruiterLiaison.Domain.People;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Infrastructure.Identity;

namespace RecruiterLiaison.Infrastructure.Persistence;

/// <summary>The one DbContext: Identity's tables, the data-protection key ring and the domain's, all snake_case.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser, ApplicationRole, Guid>(options), IAppDbContext, IDataProtectionKeyContext
{
    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<AgencyWord> AgencyWords => Set<AgencyWord>();

    public DbSet<ClientCompany> ClientCompanies => Set<ClientCompany>();

    public DbSet<ClientContact> ClientContacts => Set<ClientContact>();

    public DbSet<ContactPolicy> ContactPolicies => Set<ContactPolicy>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<Requirement> Requirements => Set<Requirement>();

    public DbSet<Candidate> Candidates => Set<Candidate>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<Interview> Interviews => Set<Interview>();

    public DbSet<Debrief> Debriefs => Set<Debrief>();

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<ClientReply> ClientReplies => Set<ClientReply>();

    public DbSet<FeedbackWindow> FeedbackWindows => Set<FeedbackWindow>();

    public DbSet<ClientFeedback> ClientFeedback => Set<ClientFeedback>();

    public DbSet<FeedbackRequest> FeedbackRequests => Set<FeedbackRequest>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Idempotency.IdempotencyRecord> IdempotencyRecords => Set<Idempotency.IdempotencyRecord>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    IQueryable<UserSummary> IAppDbContext.Users =>
        from user in Users.AsNoTracking()
        join userRole in UserRoles on user.Id equals userRole.UserId
        join role in Roles on userRole.RoleId equals role.Id
        select new UserSummary { Id = user.Id, AgencyId = user.AgencyId, Email = user.Email!, DisplayName = user.DisplayName, Role = role.Name!, DeactivatedAt = user.DeactivatedAt };

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        IdentityTableNames.Apply(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        ClientGeneratedKeys.Apply(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their names: readable in SQL and stable when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
