using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Interviews;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class DebriefConfiguration : IEntityTypeConfiguration<Debrief>
{
    public void Configure(EntityTypeBuilder<Debrief> builder)
    {
        builder.Property(d => d.Concerns).HasMaxLength(Limits.LongTextLength);
        builder.Property(d => d.Questions).HasMaxLength(Limits.LongTextLength);
        builder.Property(d => d.PointsNotMade).HasMaxLength(Limits.LongTextLength);
        builder.HasOne<Interview>().WithMany().HasForeignKey(d => d.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(d => d.CandidateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.InterviewId, d.CandidateId }).IsUnique();
    }
}
