using Microsoft.AspNetCore.Identity;

namespace RecruiterLiaison.Infrastructure.Identity;

/// <summary>A sign-in account; its Identity role is one of <see cref="Domain.Common.Role"/>.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public Guid AgencyId { get; set; }

    public string DisplayName { get; set; } = "";
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
