using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Infrastructure.Identity;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class ClientContactConfiguration : IEntityTypeConfiguration<ClientContact>
{
    public void Configure(EntityTypeBuilder<ClientContact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Limits.NameLength);
        builder.Property(c => c.Title).HasMaxLength(Limits.TitleLength);
        builder.Property(c => c.Email).HasMaxLength(Limits.EmailLength);
        builder.Ignore(c => c.IsSenior);
        builder.Ignore(c => c.HasAccount);
        builder.Property(c => c.Version).IsXminRowVersion();
        builder.HasIndex(c => c.AgencyId);
        builder.HasIndex(c => c.UserId).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
