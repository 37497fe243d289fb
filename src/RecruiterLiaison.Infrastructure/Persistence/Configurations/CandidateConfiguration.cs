using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Infrastructure.Identity;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Limits.NameLength);
        builder.Property(c => c.Email).HasMaxLength(Limits.EmailLength);
        builder.Property(c => c.Phone).HasMaxLength(Limits.ShortTextLength);
        builder.Property(c => c.Location).HasMaxLength(Limits.NameLength);
        builder.Property(c => c.Profile).HasMaxLength(Limits.LongTextLength);
        builder.Property(c => c.Version).IsXminRowVersion();
        builder.HasIndex(c => c.UserId).IsUnique();
        builder.HasIndex(c => c.AgencyId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
