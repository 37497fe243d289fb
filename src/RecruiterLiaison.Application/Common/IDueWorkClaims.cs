namespace RecruiterLiaison.Application.Common;

/// <summary>A claimed row of due work: locked until commit or dispose, invisible to other runners meanwhile.</summary>
public interface IWorkClaim : IAsyncDisposable
{
    Guid Id { get; }

    Task CommitAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Claims the next due item with SELECT … FOR UPDATE SKIP LOCKED, in a transaction on the
/// given context, so that any number of job runners handle each item once. In Infrastructure.
/// </summary>
public interface IDueWorkClaims
{
    /// <summary>A feedback window to chase: not received, due (or its next chase due), chases left, submission open.</summary>
    Task<IWorkClaim?> NextFeedbackWindowAsync(IAppDbContext db, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>A feedback request put to a client who has not answered by its next chase time.</summary>
    Task<IWorkClaim?> NextFeedbackRequestAsync(IAppDbContext db, DateTimeOffset at, CancellationToken cancellationToken);
}
