using Microsoft.AspNetCore.Identity;

namespace RecruiterLiaison.Infrastructure.Identity;

/// <summary>A sign-in account; its Identity role is one of <see cref="Domain.Common.Role"/>.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public Guid AgencyId { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>
    /// When an admin deactivated the person: they cannot sign in or use tokens, and their
    /// history stays. Deactivating also renews the security stamp so open circuits lose access.
    /// </summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    public bool IsActive => DeactivatedAt is null;
}

/// <summary>Identity's role row, keyed by Guid like every other table.</summary>
public sealed class ApplicationRole : IdentityRole<Guid>
{
    public ApplicationRole()
    {
    }

    public ApplicationRole(string name)
        : base(name)
    {
        Id = Guid.NewGuid();
        NormalizedName = name.ToUpperInvariant();
    }
}
