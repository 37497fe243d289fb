using RecruiterLiaison.Domain.Auditing;
using RecruiterLiaison.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace RecruiterLiaison.Web.Security;

/// <summary>Records refused access (a wrong role at a page or endpoint) in the audit trail.</summary>
public sealed class AccessAudit(IDbContextFactory<AppDbContext> contexts, TimeProvider clock, ILogger<AccessAudit> logger)
{
    public const string RefusedAction = "access.refused";

    public async Task RecordRefusalAsync(HttpContext context, string reason)
    {
        var user = context.User.ToCurrentUser();
        var path = context.Request.Path.Value ?? "";
        logger.LogWarning("Refused {Method} {Path} for {UserId}: {Reason}", context.Request.Method, path, user?.UserId, reason);
        await using var db = await contexts.CreateDbContextAsync(context.RequestAborted);
        db.AuditEvents.Add(new AuditEvent(user?.AgencyId, user?.UserId, RefusedAction, "Route", null,
            $"{context.Request.Method} {Truncate(path)}: {reason}", clock.GetUtcNow()));
        await db.SaveChangesAsync(context.RequestAborted);
    }

    private static string Truncate(string value) => value.Length > 500 ? value[..500] : value;
}
