using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.Property(s => s.Version).IsXminRowVersion();
        builder.Ignore(s => s.IsClosed);
        builder.Property(s => s.RemovalReason).HasMaxLength(Limits.MessageLength);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(s => s.CandidateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Position>().WithMany().HasForeignKey(s => s.PositionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.StageChanges).WithOne().HasForeignKey(c => c.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.StageChanges).HasField("_stageChanges");
        builder.Property(s => s.Pitch).HasMaxLength(Limits.MessageLength);
        // One active submission per candidate and position; after a rejection, withdrawal or removal they may be put forward again.
        builder.HasIndex(s => new { s.CandidateId, s.PositionId }).IsUnique()
            .HasFilter("stage NOT IN ('Rejected', 'Withdrawn', 'RemovedFromConsideration')");
        builder.HasIndex(s => s.AgencyId);
    }
}
