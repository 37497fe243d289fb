using RecruiterLiaison.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class SubmissionStageChangeConfiguration : IEntityTypeConfiguration<SubmissionStageChange>
{
    public void Configure(EntityTypeBuilder<SubmissionStageChange> builder)
    {
        builder.ToTable("submission_stage_changes");
        builder.Property(c => c.Reason).HasMaxLength(Limits.MessageLength);
        builder.HasIndex(c => new { c.SubmissionId, c.ChangedAt });
    }
}
