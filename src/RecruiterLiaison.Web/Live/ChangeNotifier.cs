using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Web.Live;

/// <summary>
/// Fans the change feed out to the components showing what changed: a component subscribes
/// to a kind of change in its agency after its first render, reloads through its handler
/// (the database stays the only source of truth) and disposes the subscription with itself.
/// While the feed is interrupted the layout says so; when it resumes, every subscriber hears
/// of a change to anything (<see cref="Change.Anything"/>) and reloads.
/// </summary>
public sealed class ChangeNotifier(ILogger<ChangeNotifier> logger) : IChangeSink
{
    private readonly Lock _gate = new();
    private readonly List<Subscription> _subscriptions = [];

    /// <summary>Whether the feed is down, so open pages are not live.</summary>
    public bool IsInterrupted { get; private set; }

    /// <summary>Raised when <see cref="IsInterrupted"/> changes.</summary>
    public event Action? InterruptionChanged;

    public IDisposable Subscribe(ChangeKind kind, Guid agencyId, Func<Change, Task> onChange)
    {
        var subscription = new Subscription(this, kind, agencyId, onChange);
        lock (_gate)
        {
            _subscriptions.Add(subscription);
        }

        return subscription;
    }

    public void Publish(Change change)
    {
        Subscription[] targets;
        lock (_gate)
        {
            targets = _subscriptions.Where(s => s.Kind == change.Kind && s.AgencyId == change.AgencyId).ToArray();
        }

        foreach (var target in targets)
        {
            _ = DeliverAsync(target, change);
        }
    }

    public void Interrupted()
    {
        IsInterrupted = true;
        logger.LogWarning("Live updates are interrupted");
        InterruptionChanged?.Invoke();
    }

    public void Resumed()
    {
        IsInterrupted = false;
        logger.LogInformation("Live updates resumed");
        InterruptionChanged?.Invoke();
        Subscription[] targets;
        lock (_gate)
        {
            targets = [.. _subscriptions];
        }

        foreach (var target in targets)
        {
            _ = DeliverAsync(target, Change.Anything(target.Kind, target.AgencyId));
        }
    }

    private async Task DeliverAsync(Subscription target, Change change)
    {
        try
        {
            await target.OnChange(change);
        }
        catch (Exception failure)
        {
            // One broken page must not stop the others from hearing of the change.
            logger.LogWarning(failure, "A subscriber failed on {Kind} {Id}", change.Kind, change.Id);
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            _subscriptions.Remove(subscription);
        }
    }

    private sealed class Subscription(ChangeNotifier owner, ChangeKind kind, Guid agencyId, Func<Change, Task> onChange) : IDisposable
    {
        public ChangeKind Kind { get; } = kind;

        public Guid AgencyId { get; } = agencyId;

        public Func<Change, Task> OnChange { get; } = onChange;

        public void Dispose() => owner.Remove(this);
    }
}

public static class LiveUpdates
{
    /// <summary>One notifier per instance, fed by the change feed (Infrastructure) and read by components.</summary>
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services) =>
        services.AddSingleton<ChangeNotifier>().AddSingleton<IChangeSink>(sp => sp.GetRequiredService<ChangeNotifier>());
}
