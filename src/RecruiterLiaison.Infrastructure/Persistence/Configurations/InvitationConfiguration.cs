using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Agencies;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.People;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(Limits.EmailLength);
        builder.Property(i => i.DisplayName).HasMaxLength(Limits.NameLength);
        builder.Property(i => i.TokenHash).HasMaxLength(Limits.TokenHashLength);
        builder.Property(i => i.Version).IsXminRowVersion();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.AgencyId, i.Email });
        builder.HasOne<Agency>().WithMany().HasForeignKey(i => i.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ClientContact>().WithMany().HasForeignKey(i => i.ClientContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(i => i.CandidateId).OnDelete(DeleteBehavior.Cascade);
    }
}
