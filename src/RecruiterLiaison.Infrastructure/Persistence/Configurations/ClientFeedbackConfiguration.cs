using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class ClientFeedbackConfiguration : IEntityTypeConfiguration<ClientFeedback>
{
    public void Configure(EntityTypeBuilder<ClientFeedback> builder)
    {
        builder.ToTable("client_feedback");
        builder.Property(f => f.Notes).HasMaxLength(Limits.LongTextLength);
        builder.Property(f => f.CandidateSummary).HasMaxLength(Limits.LongTextLength);
        builder.HasOne<Interview>().WithMany().HasForeignKey(f => f.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ClientContact>().WithMany().HasForeignKey(f => f.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Ratings).WithOne().HasForeignKey(r => r.ClientFeedbackId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Ratings).HasField("_ratings");
        builder.HasIndex(f => f.InterviewId).IsUnique();
        builder.HasIndex(f => f.AgencyId);
    }
}

internal sealed class RequirementRatingConfiguration : IEntityTypeConfiguration<RequirementRating>
{
    public void Configure(EntityTypeBuilder<RequirementRating> builder)
    {
        builder.ToTable("requirement_ratings");
        builder.Property(r => r.Comment).HasMaxLength(Limits.MessageLength);
        builder.HasOne<Requirement>().WithMany().HasForeignKey(r => r.RequirementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ClientFeedbackId, r.RequirementId }).IsUnique();
    }
}

internal sealed class FeedbackRequestConfiguration : IEntityTypeConfiguration<FeedbackRequest>
{
    public void Configure(EntityTypeBuilder<FeedbackRequest> builder)
    {
        builder.Property(r => r.Version).IsXminRowVersion();
        builder.Property(r => r.Answer).HasMaxLength(Limits.LongTextLength);
        builder.Property(r => r.ClientAnswer).HasMaxLength(Limits.LongTextLength);
        builder.HasOne<Submission>().WithMany().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ClientContact>().WithMany().HasForeignKey(r => r.AskedContactId).OnDelete(DeleteBehavior.Restrict);

        // One request per rejected submission (seeds/004): the database enforces it too.
        builder.HasIndex(r => r.SubmissionId).IsUnique();
        builder.HasIndex(r => r.NextChaseAt);
    }
}
