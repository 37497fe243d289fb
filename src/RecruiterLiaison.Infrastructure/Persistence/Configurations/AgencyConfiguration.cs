using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Agencies;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(Limits.NameLength);
        builder.Property(a => a.TimeZone).HasMaxLength(Limits.TimeZoneLength);
        builder.Property(a => a.SpellingLocale).HasMaxLength(10);
    }
}

internal sealed class AgencyWordConfiguration : IEntityTypeConfiguration<AgencyWord>
{
    public void Configure(EntityTypeBuilder<AgencyWord> builder)
    {
        builder.Property(w => w.Word).HasMaxLength(AgencyWord.MaxLength);
        builder.HasOne<Agency>().WithMany().HasForeignKey(w => w.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.AgencyId, w.Word }).IsUnique();
    }
}
