using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Agencies;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class ClientCompanyConfiguration : IEntityTypeConfiguration<ClientCompany>
{
    public void Configure(EntityTypeBuilder<ClientCompany> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Limits.NameLength);
        builder.Property(c => c.Version).IsXminRowVersion();
        builder.Ignore(c => c.IsArchived);
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Contacts).WithOne().HasForeignKey(c => c.ClientCompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Policy).WithOne().HasForeignKey<ContactPolicy>(p => p.ClientCompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Contacts).HasField("_contacts");
        builder.HasIndex(c => new { c.AgencyId, c.Name }).IsUnique();
    }
}
