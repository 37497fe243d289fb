using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Auditing;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Infrastructure.Identity;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(Limits.ShortTextLength);
        builder.Property(a => a.SubjectType).HasMaxLength(Limits.ShortTextLength);
        builder.Property(a => a.Detail).HasMaxLength(Limits.LongTextLength);
        builder.HasIndex(a => new { a.AgencyId, a.OccurredAt });
        builder.HasIndex(a => new { a.SubjectType, a.SubjectId });
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Limits.ShortTextLength);
        builder.Property(t => t.Prefix).HasMaxLength(Limits.TokenPrefixLength);
        builder.Property(t => t.TokenHash).HasMaxLength(Limits.TokenHashLength);
        builder.Ignore(t => t.IsActive);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
