using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Interviews;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class FeedbackWindowConfiguration : IEntityTypeConfiguration<FeedbackWindow>
{
    public void Configure(EntityTypeBuilder<FeedbackWindow> builder)
    {
        builder.Property(w => w.Version).IsXminRowVersion();
        builder.HasOne<Interview>().WithOne().HasForeignKey<FeedbackWindow>(w => w.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(w => w.Chases).WithOne().HasForeignKey(c => c.FeedbackWindowId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(w => w.Chases).HasField("_chases");

        // The chaser claims due windows by this index.
        builder.HasIndex(w => new { w.Status, w.DueAt });
        builder.HasIndex(w => w.NextChaseAt);
        builder.HasIndex(w => w.AgencyId);
    }
}

internal sealed class ChaseConfiguration : IEntityTypeConfiguration<Chase>
{
    public void Configure(EntityTypeBuilder<Chase> builder)
    {
        builder.ToTable("chases");
        builder.HasIndex(c => new { c.FeedbackWindowId, c.Step }).IsUnique();
        builder.HasOne<ClientContact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Restrict);
    }
}
