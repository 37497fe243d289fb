using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Positions;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Limits.TitleLength);
        builder.Property(p => p.Description).HasMaxLength(Limits.LongTextLength);
        builder.Property(p => p.Location).HasMaxLength(Limits.NameLength);
        builder.Property(p => p.Version).IsXminRowVersion();
        builder.Ignore(p => p.CurrentRequirements);
        builder.Ignore(p => p.AcceptsCandidates);
        builder.HasOne<ClientCompany>().WithMany().HasForeignKey(p => p.ClientCompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Requirements).WithOne().HasForeignKey(r => r.PositionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Requirements).HasField("_requirements");
        builder.HasIndex(p => p.AgencyId);
    }
}
