using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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

namespace RecruiterLiaison.Application.Common;

/// <summary>
/// The application's view of the database. Handlers use EF Core directly through it
/// (docs/decisions: no repository layer); the Infrastructure DbContext implements it.
/// </summary>
public interface IAppDbContext : IAsyncDisposable
{
    DbSet<Agency> Agencies { get; }

    DbSet<AgencyWord> AgencyWords { get; }

    DbSet<ClientCompany> ClientCompanies { get; }

    DbSet<ClientContact> ClientContacts { get; }

    DbSet<ContactPolicy> ContactPolicies { get; }

    DbSet<Position> Positions { get; }

    DbSet<Requirement> Requirements { get; }

    DbSet<Candidate> Candidates { get; }

    DbSet<Submission> Submissions { get; }

    DbSet<Interview> Interviews { get; }

    DbSet<Debrief> Debriefs { get; }

    DbSet<Note> Notes { get; }

    DbSet<ClientReply> ClientReplies { get; }

    DbSet<FeedbackWindow> FeedbackWindows { get; }

    DbSet<ClientFeedback> ClientFeedback { get; }

    DbSet<FeedbackRequest> FeedbackRequests { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<AuditEvent> AuditEvents { get; }

    DbSet<ApiToken> ApiTokens { get; }

    DbSet<Invitation> Invitations { get; }

    IQueryable<UserSummary> Users { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>EF's tracking entry (DbContext implements it): lets a handler bump an aggregate's row version when only its children changed.</summary>
    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;
}

/// <summary>What the application may know of a sign-in account.</summary>
/// <remarks>Init properties, not a positional record, so EF can filter on the projection.</remarks>
public sealed record UserSummary
{
    public required Guid Id { get; init; }

    public required Guid AgencyId { get; init; }

    public required string Email { get; init; }

    public required string DisplayName { get; init; }

    public required string Role { get; init; }

    /// <summary>Null while the person may sign in.</summary>
    public required DateTimeOffset? DeactivatedAt { get; init; }
}

/// <summary>Opens a short-lived context per use case (a pooled factory underneath).</summary>
public interface IAppDbContextFactory
{
    Task<IAppDbContext> CreateAsync(CancellationToken cancellationToken = default);
}
