using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Clients;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class ContactPolicyConfiguration : IEntityTypeConfiguration<ContactPolicy>
{
    public void Configure(EntityTypeBuilder<ContactPolicy> builder)
    {
        builder.HasKey(p => p.ClientCompanyId);
    }
}
