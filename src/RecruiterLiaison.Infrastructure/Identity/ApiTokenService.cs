using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Domain.Auditing;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.Infrastructure.Identity;

/// <summary>Issues and resolves personal access tokens; only a SHA-256 hash is ever stored.</summary>
public sealed class ApiTokenService(AppDbContext db, TimeProvider clock)
{
    private const string TokenPrefix = "rl_";

    /// <summary>Creates a token for the user and returns its plain text, which is shown once.</summary>
    public async Task<string?> CreateAsync(string email, string name, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var token = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.ApiTokens.Add(new ApiToken(user.AgencyId, user.Id, name, token[..Domain.Common.Limits.TokenPrefixLength], Hash(token), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>
    /// The active token's owner and their security stamp, or null for an unknown or revoked
    /// token or a deactivated or locked-out owner, in one round trip: what every API
    /// request must check afresh. The stamp changes with the role, a deactivation or a password
    /// change, so whatever is cached under it is stale the moment it matters.
    /// </summary>
    public async Task<TokenOwner?> FindOwnerAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var now = clock.GetUtcNow();
        return await db.ApiTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAt == null)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => u)
            .Where(u => u.DeactivatedAt == null && (u.LockoutEnd == null || u.LockoutEnd <= now))
            .Select(u => new TokenOwner(u.Id, u.SecurityStamp ?? ""))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

public sealed record TokenOwner(Guid UserId, string SecurityStamp);
