using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Positions;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class RequirementConfiguration : IEntityTypeConfiguration<Requirement>
{
    public void Configure(EntityTypeBuilder<Requirement> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(Limits.NameLength);
        builder.Ignore(r => r.IsCurrent);
        // Not unique: a reorder rewrites several ordinals in one save, in no guaranteed order.
        builder.HasIndex(r => new { r.PositionId, r.Ordinal });
    }
}
